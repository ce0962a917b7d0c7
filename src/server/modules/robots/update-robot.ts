import { wecomHasNoSecret } from '../../../domain/robots/vendors';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { fieldError, notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { versionConflict } from '../../versioning';
import { presentRobot } from './present-robot';
import { robotAuditView } from './robot-audit-view';
import { canManageRobots } from './robots.policy';
import { findRobot, messageCounts, unitExists, updateRobotVersioned } from './robots.repository';
import type { TUpdateRobotBody } from './robots.schemas';

/** Changes a robot with the version the page saw (409 otherwise); the address and secret only when given. */
export async function updateRobot(ctx: AuthedContext, id: string, body: TUpdateRobotBody) {
  assertCan(canManageRobots(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const found = await findRobot(tx, id);
    if (!found) throw notFound();
    const before = found.robot;
    if (body.version !== before.version) throw await versionConflict(tx, before);
    if (before.kind === 'wecom' && body.secret)
      throw fieldError('VALIDATION_FAILED', 'secret', wecomHasNoSecret);
    if (body.unitId && !(await unitExists(tx, body.unitId)))
      throw fieldError('VALIDATION_FAILED', 'unitId', '没有这个单位');
    const change = {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.unitId !== undefined ? { unitId: body.unitId } : {}),
      ...(body.address !== undefined ? { address: body.address } : {}),
      ...(body.secret !== undefined ? { secret: body.secret } : {}),
      ...(body.enabled !== undefined ? { enabled: body.enabled } : {}),
      // A new address or secret may end a vendor's block (it was another robot's).
      ...(body.address !== undefined || body.secret !== undefined ? { blockedUntil: null } : {}),
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    };
    if (!(await updateRobotVersioned(tx, { id, version: before.version }, change)))
      throw await versionConflict(tx, before);
    const after = await findRobot(tx, id);
    if (!after) throw notFound();
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'robot.updated',
      entityType: 'robot',
      entityId: id,
      before: robotAuditView(before),
      after: robotAuditView(after.robot),
    });
    const counts = await messageCounts(tx);
    return presentRobot(ctx.actor, after.robot, after.unitName, counts.get(id));
  });
}
