import { tenantTx, type AuthedContext } from '../../context';
import { loadSettings } from './settings.repository';

/** Every user reads the tenant's settings (the pages need the report period and the sign-off rule). */
export async function readSettings(ctx: AuthedContext) {
  return tenantTx(ctx, (tx) => loadSettings(tx, ctx.actor.tenantId));
}
