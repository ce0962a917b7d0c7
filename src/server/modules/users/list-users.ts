import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { presentUser } from './present-user';
import { canManageUsers } from './users.policy';
import { listUsers as queryUsers } from './users.repository';
import type { TListUsersQuery, TUser } from './users.schemas';

export async function listUsers(
  ctx: AuthedContext,
  query: TListUsersQuery,
): Promise<{ items: TUser[]; total: number }> {
  assertCan(canManageUsers(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const { rows, total } = await queryUsers(tx, query);
    return { items: rows.map(presentUser), total };
  });
}
