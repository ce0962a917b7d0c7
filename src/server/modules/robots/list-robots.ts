import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { presentRobot } from './present-robot';
import { canManageRobots } from './robots.policy';
import { listRobotRows, messageCounts } from './robots.repository';

/** The tenant's group robots with what waits and what failed (the office and the administrator). */
export async function listRobots(ctx: AuthedContext) {
  assertCan(canManageRobots(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const rows = await listRobotRows(tx);
    const counts = await messageCounts(tx);
    return {
      robots: rows.map((r) => presentRobot(ctx.actor, r.robot, r.unitName, counts.get(r.robot.id))),
      abilities: { create: canManageRobots(ctx.actor) },
    };
  });
}
