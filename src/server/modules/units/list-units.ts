import { tenantTx, type AuthedContext } from '../../context';
import { presentUnit } from './present-unit';
import { assertCan } from '../../policy/assert';
import { canListUnits } from './units.policy';
import { listUnits as queryUnits } from './units.repository';
import type { TListUnitsQuery, TUnit } from './units.schemas';

export async function listUnits(ctx: AuthedContext, query: TListUnitsQuery): Promise<TUnit[]> {
  assertCan(canListUnits(ctx.actor));
  return tenantTx(ctx, async (tx) => (await queryUnits(tx, query)).map(presentUnit));
}
