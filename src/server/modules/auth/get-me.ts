import { tenantTx, type AuthedContext } from '../../context';
import { AppError } from '../../errors';
import { loadSettings } from '../settings/settings.repository';
import { findSessionMfaPending, findUserById } from './auth.repository';
import type { TMe } from './auth.schemas';
import { presentMe } from './present-me';

export async function getMe(ctx: AuthedContext): Promise<TMe> {
  return tenantTx(ctx, async (tx) => {
    const user = await findUserById(tx, ctx.actor.userId);
    if (!user) throw new AppError('UNAUTHENTICATED');
    const session = await findSessionMfaPending(tx, ctx.actor.sessionId);
    return presentMe(
      tx,
      user,
      await loadSettings(tx, user.tenantId),
      ctx.clock.now(),
      session?.mfaPending ?? false,
    );
  });
}
