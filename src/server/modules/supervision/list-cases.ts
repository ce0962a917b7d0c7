import { tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { canReadSupervision, canSeeAllSupervision, canSeeUnitItem } from './supervision.policy';
import { findCase, listCaseRows, presentCases } from './supervision.repository';
import type { TCase } from './supervision.schemas';
import type { TDeadlineQuery } from '../case-deadlines/case-deadlines.schemas';
import { filterByDeadline, todaysDeadlineRule } from '../case-deadlines/load-deadline-rule';

/** The office and leaders see every case; a unit sees those that name it. `?deadline=` keeps those lit so. */
export async function listCases(ctx: AuthedContext, query: TDeadlineQuery = {}): Promise<TCase[]> {
  assertCan(canReadSupervision(ctx.actor));
  const all = canSeeAllSupervision(ctx.actor);
  return tenantTx(ctx, async (tx) =>
    filterByDeadline(
      await presentCases(
        tx,
        await listCaseRows(tx, all ? null : (ctx.actor.unitId ?? '00000000-0000-0000-0000-000000000000')),
        ctx.actor,
        await todaysDeadlineRule(tx, ctx),
      ),
      query.deadline,
    ),
  );
}

export async function getCase(ctx: AuthedContext, id: string): Promise<TCase> {
  assertCan(canReadSupervision(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const row = await findCase(tx, id);
    if (!row || !canSeeUnitItem(ctx.actor, row.unitIds)) throw notFound();
    return (await presentCases(tx, [row], ctx.actor, await todaysDeadlineRule(tx, ctx)))[0] as TCase;
  });
}
