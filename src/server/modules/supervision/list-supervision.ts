import type { TDeadlineQuery } from '../case-deadlines/case-deadlines.schemas';
import { filterByDeadline, todaysDeadlineRule } from '../case-deadlines/load-deadline-rule';
import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { canReadSupervision, canSeeAllSupervision } from './supervision.policy';
import {
  listAccountabilityActions,
  listInterviews,
  listRectificationRows,
  presentRectifications,
} from './supervision.repository';

function ownUnit(ctx: AuthedContext): string | null {
  return canSeeAllSupervision(ctx.actor)
    ? null
    : (ctx.actor.unitId ?? '00000000-0000-0000-0000-000000000000');
}

/**
 * Rectifications: the office and leaders see all, a unit its own; overdue ones are flagged (red).
 * `?deadline=` keeps the overdue or due-soon ones.
 */
export async function listRectifications(ctx: AuthedContext, query: TDeadlineQuery = {}) {
  assertCan(canReadSupervision(ctx.actor));
  return tenantTx(ctx, async (tx) =>
    filterByDeadline(
      await presentRectifications(
        tx,
        await listRectificationRows(tx, ownUnit(ctx)),
        await todaysDeadlineRule(tx, ctx),
        ctx.actor,
      ),
      query.deadline,
    ),
  );
}

/** Interviews and accountability actions, newest first; a unit sees only its own. */
export async function listMeasures(ctx: AuthedContext, kind: 'interview' | 'accountability') {
  assertCan(canReadSupervision(ctx.actor));
  const unit = ownUnit(ctx);
  return tenantTx(ctx, async (tx) => {
    if (kind === 'interview') {
      const rows = await listInterviews(tx, unit);
      return rows.map((r) => ({
        id: r.id,
        kind,
        type: null,
        date: r.date,
        unitId: r.unitId,
        person: r.person,
        reason: r.reason,
        caseId: r.caseId,
        taskId: r.taskId,
        rectificationId: r.rectificationId,
      }));
    }
    const rows = await listAccountabilityActions(tx, unit);
    return rows.map((r) => ({
      id: r.id,
      kind,
      type: r.type,
      date: r.date,
      unitId: r.unitId,
      person: r.person,
      reason: r.reason,
      caseId: r.caseId,
      taskId: r.taskId,
      rectificationId: r.rectificationId,
    }));
  });
}
