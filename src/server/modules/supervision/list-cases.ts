import { tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { canReadSupervision, canSeeAllSupervision, canSeeUnitItem } from './supervision.policy';
import { findCase, listCaseRows, presentCases } from './supervision.repository';
import type { TCase } from './supervision.schemas';

/** The office and leaders see every case; a unit sees those that name it. */
export async function listCases(ctx: AuthedContext): Promise<TCase[]> {
  assertCan(canReadSupervision(ctx.actor));
  const all = canSeeAllSupervision(ctx.actor);
  return tenantTx(ctx, async (tx) =>
    presentCases(
      tx,
      await listCaseRows(tx, all ? null : (ctx.actor.unitId ?? '00000000-0000-0000-0000-000000000000')),
      ctx.actor,
    ),
  );
}

export async function getCase(ctx: AuthedContext, id: string): Promise<TCase> {
  assertCan(canReadSupervision(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const row = await findCase(tx, id);
    if (!row || !canSeeUnitItem(ctx.actor, row.unitIds)) throw notFound();
    return (await presentCases(tx, [row], ctx.actor))[0] as TCase;
  });
}
