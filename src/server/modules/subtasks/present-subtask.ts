import type { AbilityActor } from '../../../domain/abilities';
import { subtaskAbilities } from '../../../domain/subtasks';
import type { TaskStatus } from '../../../domain/workflow';
import type { Executor } from '../../db/client';
import { iso } from '../../http';
import { namesFor, type SubtaskRow } from './subtasks.repository';
import type { TSubtask } from './subtasks.schemas';

/** Rows → API shape, with names and the caller's abilities (the parent task's status bounds them). */
export async function presentSubtasks(
  tx: Executor,
  actor: AbilityActor,
  rows: Array<{ sub: SubtaskRow; taskStatus: TaskStatus }>,
  today: string,
): Promise<TSubtask[]> {
  const unitIds = rows.flatMap(({ sub }) => [sub.unitId, sub.sectionId]);
  const userIds = rows.flatMap(({ sub }) => [sub.assigneeId, sub.updatedBy ?? sub.createdBy]);
  const names = await namesFor(
    tx,
    [...new Set(unitIds.filter((x): x is string => x !== null))],
    [...new Set(userIds.filter((x): x is string => x !== null))],
  );
  return rows.map(({ sub: s, taskStatus }) => {
    const by = s.updatedBy ?? s.createdBy;
    return {
      id: s.id,
      taskId: s.taskId,
      unitId: s.unitId,
      unitName: names.units.get(s.unitId) ?? null,
      sectionId: s.sectionId,
      sectionName: s.sectionId ? (names.units.get(s.sectionId) ?? null) : null,
      assigneeId: s.assigneeId,
      assigneeName: s.assigneeId ? (names.users.get(s.assigneeId) ?? null) : null,
      title: s.title,
      content: s.content,
      startDate: s.startDate,
      dueDate: s.dueDate,
      progress: s.progress,
      weight: s.weight,
      status: s.status,
      note: s.note,
      overdue: s.status === 'open' && today > s.dueDate,
      completedAt: iso(s.completedAt),
      updatedAt: iso(s.updatedAt),
      updatedByName: by ? (names.users.get(by) ?? null) : null,
      version: s.version,
      abilities: subtaskAbilities(actor, s, taskStatus),
    };
  });
}
