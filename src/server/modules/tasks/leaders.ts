import { and, asc, eq, sql } from 'drizzle-orm';
import { hasPermission } from '../../../domain/permissions';
import { tenantTx, type AuthedContext } from '../../context';
import { users } from '../../db/schema';
import { assertCan } from '../../policy/assert';

/** District leaders (区领导) to choose a task's lead leader from. */
export async function listLeaders(ctx: AuthedContext): Promise<Array<{ id: string; displayName: string }>> {
  assertCan(hasPermission(ctx.actor.roles, 'leaders:read'));
  return tenantTx(ctx, (tx) =>
    tx
      .select({ id: users.id, displayName: users.displayName })
      .from(users)
      .where(and(sql`'leader' = ANY(${users.roles})`, eq(users.active, true)))
      .orderBy(asc(users.displayName)),
  );
}
