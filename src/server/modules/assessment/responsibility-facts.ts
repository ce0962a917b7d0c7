import type { TAssessmentFacts } from '../../../domain/assessment/index';
import { shareProgress } from '../../../domain/target-shares';
import { shanghaiDate } from '../../clock';
import type { Executor } from '../../db/client';
import { approvedSharesOfTasks, ratingsOfYear, type AssessedTaskRow } from './assessment.repository';

/**
 * 指标分解到单位 in the assessment (issue 15): each approved share of a split target is followed for its own unit
 * as a task of that unit in the task-completion component — the task's dates and status, the share's own
 * progress (its figure against its value, the same rule as its light; nothing reported counts 0). Its id is
 * `<task id>:share:<share id>`
 * (it begins with the task's id, so its evidence links to the task page).
 */
export async function loadTargetShareTaskFacts(
  tx: Executor,
  taskRows: readonly AssessedTaskRow[],
): Promise<TAssessmentFacts['tasks']> {
  const byId = new Map(taskRows.map((t) => [t.id, t]));
  const rows = await approvedSharesOfTasks(tx, [...byId.keys()]);
  return rows.flatMap(({ share, target }) => {
    const t = byId.get(target.taskId);
    if (!t || !t.startDate || !t.dueDate) return [];
    const progress = shareProgress(target.comparator, share) ?? 0;
    return [
      {
        id: `${target.taskId}:share:${share.id}`,
        code: t.code ?? '',
        title: `${t.title}：${target.indicator}（分解指标 ${share.targetValue}${target.unit}）`,
        leadUnitId: share.unitId,
        isKey: t.isKey,
        startDate: t.startDate,
        dueDate: t.dueDate,
        status: t.status,
        completedAt: t.completedAt ? shanghaiDate(t.completedAt) : null,
        progress: Math.max(0, Math.min(100, progress)),
      },
    ];
  });
}

/** 配合评价 of the year: each lead unit's rating of a co-unit on a task, labelled with the task and the rater. */
export async function loadCooperationRatingFacts(
  tx: Executor,
  year: number,
): Promise<TAssessmentFacts['cooperationRatings']> {
  return (await ratingsOfYear(tx, year)).map((r) => ({
    id: r.id,
    unitId: r.coUnitId,
    rating: r.rating,
    label: `${r.taskCode ? `${r.taskCode} ` : ''}${r.taskTitle}（${r.leadUnitName ?? '牵头单位'}评价）`,
  }));
}
