import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { versionConflict } from '../../versioning';
import { canManageCalendar } from './calendar.policy';
import { deleteCalendarDayVersioned, findCalendarDay } from './calendar.repository';

/** Removes the office's entry for a day, so the shipped national entry (or the weekday rule) applies again. */
export async function clearCalendarDay(ctx: AuthedContext, date: string, version: number): Promise<void> {
  assertCan(canManageCalendar(ctx.actor));
  await tenantTx(ctx, async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const existing = await findCalendarDay(tx, tenantId, date);
    if (!existing) throw notFound();
    if (existing.version !== version || !(await deleteCalendarDayVersioned(tx, { tenantId, date, version })))
      throw await versionConflict(tx, existing);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'calendar.day_cleared',
      entityType: 'calendar',
      entityId: ctx.actor.tenantId,
      before: { date, kind: existing.kind, name: existing.name },
      after: null,
    });
  });
}
