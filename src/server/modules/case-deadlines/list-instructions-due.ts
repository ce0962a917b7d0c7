import { isInstructionOpen } from '../../../domain/case-deadlines';
import { shanghaiDate } from '../../clock';
import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { canSeeTask } from '../tasks/tasks.policy';
import { canReadInstructionList } from './case-deadlines.policy';
import { instructionDeadlineRows, unitNamesOf } from './case-deadlines.repository';
import type { TDeadlineQuery, TInstructionItem } from './case-deadlines.schemas';
import { filterByDeadline, loadDeadlineRule } from './load-deadline-rule';

/**
 * 领导批示 across the district with their due dates and lights, soonest due first: the office and leaders see
 * all, a unit those on the tasks it leads or cooperates on. `?deadline=` keeps the overdue or due-soon ones.
 */
export async function listInstructionsDue(
  ctx: AuthedContext,
  query: TDeadlineQuery,
): Promise<TInstructionItem[]> {
  assertCan(canReadInstructionList(ctx.actor));
  const today = shanghaiDate(ctx.clock.now());
  return tenantTx(ctx, async (tx) => {
    const rule = await loadDeadlineRule(tx, ctx.actor.tenantId, today);
    const rows = (await instructionDeadlineRows(tx)).filter((r) =>
      canSeeTask(ctx.actor, { status: r.taskStatus, leadUnitId: r.leadUnitId, coUnitIds: r.coUnitIds }),
    );
    const names = await unitNamesOf(tx, [
      ...new Set(rows.flatMap((r) => (r.leadUnitId ? [r.leadUnitId] : []))),
    ]);
    const items = rows.map((r) => ({
      id: r.id,
      taskId: r.taskId,
      taskCode: r.taskCode,
      taskTitle: r.taskTitle,
      unitId: r.leadUnitId,
      unitName: r.leadUnitId ? (names.get(r.leadUnitId) ?? null) : null,
      leaderName: r.leaderName,
      text: r.text,
      createdAt: r.createdAt.toISOString(),
      dueDate: r.dueDate,
      answered: r.firstAnsweredOn !== null,
      ...rule.fields(r.dueDate, isInstructionOpen(r.firstAnsweredOn !== null, r.taskStatus)),
    }));
    return filterByDeadline(items, query.deadline);
  });
}
