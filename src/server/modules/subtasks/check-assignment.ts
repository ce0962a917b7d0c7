import { subtaskDatesProblem, type DateProblem } from '../../../domain/subtasks';
import type { Executor } from '../../db/client';
import { fieldError } from '../../errors';
import { findAccountUnit, findSectionOf } from './subtasks.repository';

const dateMessages: Record<DateProblem['problem'], string> = {
  before_parent_start: '不能早于上级任务的开始日期',
  after_parent_due: '不能晚于上级任务的完成时限',
  start_after_due: '开始日期不能晚于完成时限',
};

/** 422 on the date field outside the parent task's dates. */
export function assertDatesInsideParent(
  parent: { startDate: string | null; dueDate: string | null },
  sub: { startDate: string | null; dueDate: string },
): void {
  const problem = subtaskDatesProblem(parent, sub);
  if (problem) throw fieldError('VALIDATION_FAILED', problem.field, dateMessages[problem.problem]);
}

/**
 * The section must be a section of the caller's unit, the assignee an active account of that unit or of one
 * of its sections (of the chosen section, when one is chosen): 422 on the field otherwise.
 */
export async function assertAssignment(
  tx: Executor,
  unitId: string,
  sectionId: string | null,
  assigneeId: string | null,
): Promise<void> {
  if (!sectionId && !assigneeId) throw fieldError('VALIDATION_FAILED', 'sectionId', '请选择科室或责任人');
  if (sectionId) {
    if (!(await findSectionOf(tx, sectionId, unitId)))
      throw fieldError('VALIDATION_FAILED', 'sectionId', '只能分解到本单位的科室');
  }
  if (assigneeId) {
    const person = await findAccountUnit(tx, assigneeId);
    const fits =
      person !== undefined &&
      (sectionId
        ? person.unitId === sectionId || person.unitId === unitId
        : person.unitId === unitId ||
          // Of a child unit only when that child is an active section (not a street that sits under a town).
          (person.parentId === unitId && person.unitKind === 'section' && person.unitActive === true));
    if (!fits) throw fieldError('VALIDATION_FAILED', 'assigneeId', '责任人须为本单位或所选科室的人员');
  }
}
