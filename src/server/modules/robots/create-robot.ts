import { uuidv7 } from 'uuidv7';
import { wecomHasNoSecret } from '../../../domain/robots/vendors';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { fieldError, notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { presentRobot } from './present-robot';
import { robotAuditView } from './robot-audit-view';
import { canManageRobots } from './robots.policy';
import { findRobot, insertRobot, unitExists } from './robots.repository';
import type { TCreateRobotBody } from './robots.schemas';

/** Adds a group robot of the tenant or of one unit; 企业微信 takes no secret (its key is in the address). */
export async function createRobot(ctx: AuthedContext, body: TCreateRobotBody) {
  assertCan(canManageRobots(ctx.actor));
  if (body.kind === 'wecom' && body.secret) throw fieldError('VALIDATION_FAILED', 'secret', wecomHasNoSecret);
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    if (body.unitId && !(await unitExists(tx, body.unitId)))
      throw fieldError('VALIDATION_FAILED', 'unitId', '没有这个单位');
    const id = uuidv7();
    const row = {
      id,
      tenantId: ctx.actor.tenantId,
      unitId: body.unitId,
      kind: body.kind,
      name: body.name,
      address: body.address,
      secret: body.secret ?? null,
      enabled: body.enabled,
      createdAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    };
    await insertRobot(tx, row);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'robot.created',
      entityType: 'robot',
      entityId: id,
      before: null,
      after: robotAuditView(row),
    });
    const saved = await findRobot(tx, id);
    if (!saved) throw notFound();
    return presentRobot(ctx.actor, saved.robot, saved.unitName, undefined);
  });
}
