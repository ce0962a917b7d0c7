import { canReadAssessment, canSeeAllAssessment } from './assessment.policy';
import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { entriesOfYearNewestFirst } from './assessment.repository';
import { present } from './present-entry';

export async function listEntries(ctx: AuthedContext, year: number) {
  assertCan(canReadAssessment(ctx.actor));
  const all = canSeeAllAssessment(ctx.actor);
  return tenantTx(ctx, async (tx) =>
    (await entriesOfYearNewestFirst(tx, year))
      .filter((r) => all || r.unitId === ctx.actor.unitId)
      .map((r) => present(r, ctx.actor)),
  );
}
