import { canListLeaders } from './tasks.policy';
import { tenantTx, type AuthedContext } from '../../context';
import { listActiveLeaders } from './tasks.repository';
import { assertCan } from '../../policy/assert';

/** District leaders (区领导) to choose a task's lead leader from. */
export async function listLeaders(ctx: AuthedContext): Promise<Array<{ id: string; displayName: string }>> {
  assertCan(canListLeaders(ctx.actor));
  return tenantTx(ctx, (tx) => listActiveLeaders(tx));
}
