import { recordAudit } from '../../audit/record-audit';
import { auditBase, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { AppError } from '../../errors';
import { lockRow } from '../../db/row-lock';
import { taskShares } from '../../db/schema';
import { consolidateShareRows, findShares, type TaskShareRow } from './shares.repository';

/**
 * When the lead unit submits its report, the shares it names become part of it (汇总): each must be a share of
 * this task and period (else 422 names `shareIds[i]`) that is submitted (or already taken into this same report,
 * so that a retry is harmless). A share returned to its unit, or taken into another report, is 409
 * `SHARE_NOT_SUBMITTED` naming it. The shares' rows are locked first, so that a return of the same share at the
 * same moment either comes first (and the report is refused) or waits and finds it consolidated (409). Runs in
 * the report's transaction; nothing changes when it refuses.
 */
export async function consolidateShares(
  tx: Executor,
  ctx: AuthedContext,
  report: { id: string; taskId: string; period: string },
  shareIds: readonly string[],
): Promise<void> {
  if (shareIds.length === 0) return;
  const ids = [...new Set(shareIds)].sort();
  for (const id of ids) await lockRow(tx, taskShares, id);
  const rows = new Map((await findShares(tx, ids)).map((r) => [r.id, r]));
  const fields = shareIds.flatMap((id, i) => {
    const row = rows.get(id);
    if (!row || row.taskId !== report.taskId)
      return [{ path: `shareIds.${i}`, message: '不是本任务的配合分报' }];
    if (row.period !== report.period) return [{ path: `shareIds.${i}`, message: '不是本期的配合分报' }];
    return [];
  });
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { details: { fields } });
  const taken = shareIds.flatMap((id, i) => {
    const row = rows.get(id) as TaskShareRow;
    if (row.status === 'submitted' || (row.status === 'consolidated' && row.reportId === report.id))
      return [];
    const message = row.status === 'returned' ? '该分报已退回配合单位重报' : '该分报已汇总到其他报告';
    return [{ path: `shareIds.${i}`, message, shareId: id, status: row.status }];
  });
  if (taken.length > 0) throw new AppError('SHARE_NOT_SUBMITTED', { details: { fields: taken } });
  const fresh = [...rows.values()].filter((r) => r.status === 'submitted').map((r) => r.id);
  if (fresh.length === 0) return;
  await consolidateShareRows(tx, fresh, report.id, ctx.clock.now(), ctx.actor.userId);
  await recordAudit(tx, {
    ...auditBase(ctx),
    action: 'task_share.consolidated',
    entityType: 'task_share',
    entityId: fresh[0] as string,
    after: { shareIds: fresh, reportId: report.id, period: report.period },
  });
}
