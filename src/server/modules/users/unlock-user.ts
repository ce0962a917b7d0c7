import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { presentUser } from './present-user';
import { canManageUsers } from './users.policy';
import { deleteLoginFailures, findUserWithUnit, setUserFields } from './users.repository';
import type { TUser } from './users.schemas';

export async function unlockUser(ctx: AuthedContext, id: string): Promise<TUser> {
  assertCan(canManageUsers(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const before = await findUserWithUnit(tx, id);
    if (!before) throw notFound();
    await setUserFields(tx, id, {
      lockedUntil: null,
      version: before.version + 1,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    await deleteLoginFailures(tx, id);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'user.unlocked',
      entityType: 'user',
      entityId: id,
      before: { lockedUntil: before.lockedUntil?.toISOString() ?? null },
      after: { lockedUntil: null },
    });
    const after = await findUserWithUnit(tx, id);
    return presentUser(after ?? before);
  });
}
