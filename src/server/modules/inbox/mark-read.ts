import { tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { markNotificationsRead } from './inbox.repository';

/** Marks one of the caller's notifications read (404 if it is not theirs), or all of them. */
export async function markRead(ctx: AuthedContext, id: string | 'all'): Promise<void> {
  await tenantTx(ctx, async (tx) => {
    const updated = await markNotificationsRead(tx, ctx.actor.userId, id, ctx.clock.now());
    if (id !== 'all' && updated.length === 0) throw notFound();
  });
}
