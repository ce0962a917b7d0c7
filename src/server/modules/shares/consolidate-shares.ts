import { recordAudit } from '../../audit/record-audit';
import { auditBase, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { AppError } from '../../errors';
import { consolidateShareRows, findShares } from './shares.repository';

/**
 * When the lead unit submits its report, the shares it names become part of it (汇总): each must be a share of
 * this task and period that is submitted (or already taken into this same report, so that a retry is harmless);
 * otherwise 422 names `shareIds[i]` and nothing changes. Runs in the report's transaction.
 */
export async function consolidateShares(
  tx: Executor,
  ctx: AuthedContext,
  report: { id: string; taskId: string; period: string },
  shareIds: readonly string[],
): Promise<void> {
  if (shareIds.length === 0) return;
  const rows = new Map((await findShares(tx, [...new Set(shareIds)])).map((r) => [r.id, r]));
  const fields = shareIds.flatMap((id, i) => {
    const row = rows.get(id);
    if (!row || row.taskId !== report.taskId)
      return [{ path: `shareIds.${i}`, message: '不是本任务的配合分报' }];
    if (row.period !== report.period) return [{ path: `shareIds.${i}`, message: '不是本期的配合分报' }];
    if (row.status === 'consolidated' && row.reportId === report.id) return [];
    if (row.status !== 'submitted') return [{ path: `shareIds.${i}`, message: '该分报已退回或已汇总' }];
    return [];
  });
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { details: { fields } });
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
