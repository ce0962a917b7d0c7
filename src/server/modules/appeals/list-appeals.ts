import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { canReadAssessment } from '../assessment/assessment.policy';
import { listAppealRows } from './appeals.repository';
import { canSeeAllAppeals } from './appeals.policy';
import type { TAppealList } from './appeals.schemas';
import { presentAppeal } from './present-appeal';

/** A year's appeals: every one for the office and leaders, a unit's own for its people. */
export async function listAppeals(ctx: AuthedContext, year: number): Promise<TAppealList> {
  assertCan(canReadAssessment(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const unitId = canSeeAllAppeals(ctx.actor) ? null : ctx.actor.unitId;
    if (unitId === null && !canSeeAllAppeals(ctx.actor)) return { items: [] };
    const rows = await listAppealRows(tx, year, unitId);
    return { items: rows.map((r) => presentAppeal(ctx.actor, r)) };
  });
}
