import type { AbilityActor } from '../../../domain/abilities';
import type { Executor } from '../../db/client';
import type { achievements } from '../../db/schema';
import { iso } from '../../http';
import { achievementAbilities } from './achievements.policy';
import { achievementNames } from './assessment.repository';
import type { TAchievement } from './assessment.schemas';

export type Row = typeof achievements.$inferSelect;

/** Rows with the declarer's and unit's names and the linked tasks' codes and titles, in three queries. */
export async function present(tx: Executor, rows: Row[], actor: AbilityActor): Promise<TAchievement[]> {
  const userIds = [...new Set(rows.map((r) => r.userId))];
  const unitIds = [...new Set(rows.map((r) => r.unitId))];
  const taskIds = [...new Set(rows.flatMap((r) => r.taskIds))];
  const { userNames, unitNames, taskInfo } = await achievementNames(tx, userIds, unitIds, taskIds);
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    userId: r.userId,
    userName: userNames.get(r.userId) ?? '',
    unitId: r.unitId,
    unitName: unitNames.get(r.unitId) ?? '',
    title: r.title,
    description: r.description,
    evidence: r.evidence,
    taskIds: r.taskIds,
    tasks: r.taskIds.flatMap((id) => {
      const t = taskInfo.get(id);
      return t ? [{ id: t.id, code: t.code, title: t.title }] : [];
    }),
    status: r.status,
    decisionComment: r.decisionComment,
    decidedAt: iso(r.decidedAt),
    abilities: achievementAbilities(actor, r),
    version: r.version,
    createdAt: iso(r.createdAt),
  }));
}
