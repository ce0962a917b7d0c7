import { renderMessage, messageTitle, type RobotNotice } from '../../../domain/robots/messages';
import { sendsInLastMinute, vendorLimits } from '../../../domain/robots/vendors';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { lastResultOf, linkBase } from '../../notify/robot-outbox';
import { postToRobot } from '../../notify/robot-post';
import { assertCan } from '../../policy/assert';
import { loadSettings } from '../settings/settings.repository';
import { presentRobot } from './present-robot';
import { canManageRobots } from './robots.policy';
import { findRobot, messageCounts, saveTestResult } from './robots.repository';

/**
 * 测试发送: sends a test message now and answers what the vendor said. It counts against the robot's rate
 * like any message (refused, sending nothing, when the minute's rate is spent).
 */
export async function testSendRobot(ctx: AuthedContext, id: string) {
  assertCan(canManageRobots(ctx.actor));
  const { robot, base } = await tenantTx(ctx, async (tx) => {
    const found = await findRobot(tx, id);
    if (!found) throw notFound();
    const settings = await loadSettings(tx, ctx.actor.tenantId);
    return { robot: found.robot, base: linkBase(settings['notify.publicBaseUrl'], ctx.config.publicUrl) };
  });
  if (!robot.enabled) throw new AppError('ROBOT_DISABLED');
  const at = ctx.clock.now();
  const limits = vendorLimits[robot.kind];
  const recent = sendsInLastMinute(robot.recentSends, at);
  if (recent.length >= limits.perMinute || (robot.blockedUntil && robot.blockedUntil > at))
    throw new AppError('ROBOT_RATE_SPENT');
  const notice: RobotNotice = {
    title: '测试消息',
    body: `这是一条来自落实系统的测试消息，由 ${ctx.actor.displayName} 发送。收到即表示群机器人配置正确。`,
    taskCode: null,
    taskTitle: null,
    light: null,
    link: base ? `${base}/` : null,
  };
  const answer = await postToRobot(
    { kind: robot.kind, address: robot.address, secret: robot.secret },
    { title: messageTitle([notice]), text: renderMessage([notice], limits.maxBytes) },
    at,
  );
  return tenantTx(ctx, async (tx) => {
    await saveTestResult(tx, id, {
      recentSends: [...recent, at.getTime()],
      lastResult: lastResultOf(answer, at),
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'robot.test_sent',
      entityType: 'robot',
      entityId: id,
      before: null,
      after: {
        outcome: answer.verdict.outcome,
        reason: answer.verdict.reason,
        httpStatus: answer.httpStatus,
      },
    });
    const found = await findRobot(tx, id);
    if (!found) throw notFound();
    const counts = await messageCounts(tx);
    return {
      outcome: answer.verdict.outcome,
      reason: answer.verdict.reason,
      httpStatus: answer.httpStatus,
      answer: answer.answer,
      robot: presentRobot(ctx.actor, found.robot, found.unitName, counts.get(id)),
    };
  });
}
