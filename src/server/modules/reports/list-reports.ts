import { tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { canReadTasks, canSeeTask } from '../tasks/tasks.policy';
import { findTask, findTasks } from '../tasks/tasks.repository';
import { findUnitNames } from '../units/units.repository';
import { presentReport } from './present-report';
import { canReviewReports, reportAbilities } from './reports.policy';
import { reportExtras, reportsByStatus, reportsOfTask } from './reports.repository';
import type { TReport } from './reports.schemas';

/** The report history of a task the caller can see. */
export async function listTaskReports(ctx: AuthedContext, taskId: string): Promise<TReport[]> {
  assertCan(canReadTasks(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const task = await findTask(tx, taskId);
    if (!task || !canSeeTask(ctx.actor, task)) throw notFound();
    const rows = await reportsOfTask(tx, taskId);
    const extras = await reportExtras(tx, rows);
    return rows.map((r) => presentReport(r, extras, reportAbilities(ctx.actor, r, task)));
  });
}

/** The supervisor's review queue: reports waiting for a decision, oldest first, with their task. */
export async function reviewQueue(ctx: AuthedContext) {
  assertCan(canReviewReports(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const rows = await reportsByStatus(tx, ['submitted', 'signed']);
    const extras = await reportExtras(tx, rows);
    const taskRows = await findTasks(tx, [...new Set(rows.map((r) => r.taskId))]);
    const unitRows = await findUnitNames(tx, [...new Set(rows.map((r) => r.unitId))]);
    const taskById = new Map(taskRows.map((t) => [t.id, t]));
    const unitById = new Map(unitRows.map((u) => [u.id, u.name]));
    return rows.map((r) => ({
      // Every queued report's task is loaded above (reports reference their task).
      report: presentReport(
        r,
        extras,
        reportAbilities(
          ctx.actor,
          r,
          taskById.get(r.taskId) ?? { status: 'cancelled', leadUnitId: null, coUnitIds: [] },
        ),
      ),
      task: {
        id: r.taskId,
        code: taskById.get(r.taskId)?.code ?? null,
        title: taskById.get(r.taskId)?.title ?? '',
        progress: taskById.get(r.taskId)?.progress ?? 0,
      },
      unitName: unitById.get(r.unitId) ?? '',
    }));
  });
}
