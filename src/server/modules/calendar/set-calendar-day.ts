import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError } from '../../errors';
import { assertCan } from '../../policy/assert';
import { versionConflict } from '../../versioning';
import { canManageCalendar } from './calendar.policy';
import { findCalendarDay, insertCalendarDay, updateCalendarDayVersioned } from './calendar.repository';
import type { TSetCalendarDayBody } from './calendar.schemas';

/**
 * The office sets a day of the district's calendar: 放假, 调休上班, or back to the weekday rule. A day that has
 * an entry already is changed only with the version the page saw (409 otherwise).
 */
export async function setCalendarDay(ctx: AuthedContext, date: string, body: TSetCalendarDayBody) {
  assertCan(canManageCalendar(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const existing = await findCalendarDay(tx, tenantId, date);
    let row;
    if (!existing) {
      // A version for a day without an entry: it was removed since the page loaded.
      if (body.version !== undefined)
        throw new AppError('VERSION_CONFLICT', { details: { currentVersion: null } });
      row = await insertCalendarDay(tx, {
        tenantId,
        date,
        kind: body.kind,
        name: body.name,
        updatedAt: now,
        updatedBy: ctx.actor.userId,
      });
      // Someone else created the entry between the look-up and the insert.
      if (!row) throw new AppError('VERSION_CONFLICT');
    } else {
      if (body.version !== existing.version) throw await versionConflict(tx, existing);
      row = await updateCalendarDayVersioned(
        tx,
        { tenantId, date, version: existing.version },
        { kind: body.kind, name: body.name, updatedAt: now, updatedBy: ctx.actor.userId },
      );
      if (!row) throw await versionConflict(tx, existing);
    }
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'calendar.day_set',
      entityType: 'calendar',
      entityId: ctx.actor.tenantId,
      before: existing ? { date, kind: existing.kind, name: existing.name } : null,
      after: { date, kind: row.kind, name: row.name },
    });
    return { date: row.date, kind: row.kind, name: row.name, version: row.version };
  });
}
