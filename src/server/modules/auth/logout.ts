import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { endSession } from './auth.repository';

/** Ends the caller's session; the cookie is cleared by the route. */
export async function logout(ctx: AuthedContext): Promise<void> {
  await tenantTx(ctx, async (tx) => {
    await endSession(tx, ctx.actor.sessionId, ctx.clock.now());
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'auth.logout',
      entityType: 'user',
      entityId: ctx.actor.userId,
    });
  });
}
