/**
 * The robots' outbox. A delivered notice is queued once per robot it concerns (the tenant's robots and the
 * robot of the recipient's unit), however many users it went to; a run each minute sends what is due within
 * each robot's rate, merging notices into one message when more wait than the rate allows. A vendor's refusal
 * is retried (rate limited, server errors: with growing waits, at most maxRobotAttempts times) or recorded as
 * a failure the office sees on the robot (bad key, bad signature, keyword or IP not allowed).
 */
import { uuidv7 } from 'uuidv7';
import {
  maxNoticesPerMessage,
  messageTitle,
  planMessages,
  renderMessage,
  type RobotNotice,
} from '../../domain/robots/messages';
import { maxRobotAttempts, retryDelayMs, sendsInLastMinute, vendorLimits } from '../../domain/robots/vendors';
import type { AppDeps } from '../context';
import type { robotMessages, RobotLastResult } from '../db/schema';
import { withSystemTx } from '../db/tx';
import { loadSettings } from '../modules/settings/settings.repository';
import {
  dueMessages,
  insertRobotMessages,
  markMessagesAttempted,
  markMessagesSent,
  noticeForRobots,
  robotById,
  robotsFor,
  robotsWithDueMessages,
  saveRobotSendState,
} from './robot-outbox.repository';
import { postToRobot, type RobotAnswer } from './robot-post';

const entityPaths: Readonly<Record<string, string>> = {
  task: '/tasks/',
  blocker: '/blockers/',
  joint_review: '/joint-reviews/',
};

/** Queues a notification for the robots it concerns (idempotent: a notice key goes to a robot once). */
export async function queueRobotMessages(deps: AppDeps, notificationId: string): Promise<number> {
  return withSystemTx(deps.db, async (tx) => {
    const found = await noticeForRobots(tx, notificationId);
    if (!found) return 0;
    const { n } = found;
    const robots = await robotsFor(tx, n.tenantId, found.unitId);
    const path = n.entityType && n.entityId ? entityPaths[n.entityType] : undefined;
    await insertRobotMessages(
      tx,
      robots.map((r) => ({
        id: uuidv7(),
        tenantId: n.tenantId,
        robotId: r.id,
        dedupeKey: n.dedupeKey,
        notificationId: n.id,
        title: n.title,
        body: n.body,
        taskCode: found.taskCode,
        taskTitle: found.taskTitle,
        light: found.light,
        linkPath: path ? `${path}${n.entityId}` : '/',
        status: 'pending' as const,
        nextAttemptAt: n.createdAt,
        createdAt: n.createdAt,
      })),
    );
    return robots.length;
  });
}

/** The address of Luoshi links point to: the tenant's setting, else LUOSHI_PUBLIC_URL; none → no link. */
export function linkBase(settingValue: string, configured: string | undefined): string | null {
  const base = settingValue || configured || '';
  return base ? base.replace(/\/+$/, '') : null;
}

type MessageRow = typeof robotMessages.$inferSelect;

function noticeOf(m: MessageRow, base: string | null): RobotNotice {
  return {
    title: m.title,
    body: m.body,
    taskCode: m.taskCode,
    taskTitle: m.taskTitle,
    light: m.light,
    link: base && m.linkPath ? `${base}${m.linkPath}` : null,
  };
}

export function lastResultOf(answer: RobotAnswer, at: Date): RobotLastResult {
  return {
    at: at.toISOString(),
    outcome: answer.verdict.outcome,
    reason: answer.verdict.reason,
    httpStatus: answer.httpStatus,
    answer: answer.answer,
  };
}

/** Sends what is due for every robot. Returns the number of requests made. */
export async function sendRobotMessages(deps: AppDeps): Promise<number> {
  const due = await withSystemTx(deps.db, (tx) => robotsWithDueMessages(tx, deps.clock.now()));
  let requests = 0;
  for (const robotId of due) requests += await sendForRobot(deps, robotId);
  return requests;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function sendForRobot(deps: AppDeps, robotId: string): Promise<number> {
  const now = deps.clock.now();
  const { robot, waiting, base } = await withSystemTx(deps.db, async (tx) => {
    const r = await robotById(tx, robotId);
    if (!r) return { robot: undefined, waiting: [], base: null };
    const settings = await loadSettings(tx, r.tenantId);
    return {
      robot: r,
      waiting: await dueMessages(tx, robotId, now),
      base: linkBase(settings['notify.publicBaseUrl'], deps.config.publicUrl),
    };
  });
  // A disabled robot keeps its queue (sent when enabled again); a blocked one waits the vendor's block out.
  if (!robot || !robot.enabled || (robot.blockedUntil && robot.blockedUntil > now)) return 0;
  const limits = vendorLimits[robot.kind];
  const recent = sendsInLastMinute(robot.recentSends, now);
  const plan = planMessages(waiting, limits.perMinute - recent.length, maxNoticesPerMessage(limits.maxBytes));
  let made = 0;
  for (const batch of plan) {
    if (made > 0 && limits.minGapMs > 0) await pause(limits.minGapMs);
    const notices = batch.map((m) => noticeOf(m, base));
    const at = deps.clock.now();
    const answer = await postToRobot(
      { kind: robot.kind, address: robot.address, secret: robot.secret },
      { title: messageTitle(notices), text: renderMessage(notices, limits.maxBytes) },
      at,
    );
    made++;
    recent.push(at.getTime());
    const { verdict } = answer;
    const ids = batch.map((m) => m.id);
    const stop = await withSystemTx(deps.db, async (tx) => {
      const blockedUntil = verdict.rateLimited ? new Date(at.getTime() + limits.throttleMs) : null;
      await saveRobotSendState(tx, robot.id, {
        recentSends: recent,
        blockedUntil,
        lastResult: lastResultOf(answer, at),
      });
      if (verdict.outcome === 'sent') {
        await markMessagesSent(tx, ids, uuidv7(), at);
        return false;
      }
      // Every message of a batch has the same history unless batches were re-cut: take the most tried.
      const attempts = Math.max(...batch.map((m) => m.attempts)) + 1;
      const failed = verdict.outcome === 'failed' || attempts >= maxRobotAttempts;
      const wait = verdict.rateLimited ? limits.throttleMs : retryDelayMs(attempts);
      await markMessagesAttempted(tx, ids, {
        attempts,
        next: new Date(at.getTime() + wait),
        failed,
        error: failed && verdict.outcome === 'retry' ? `多次重试未成功：${verdict.reason}` : verdict.reason,
      });
      // Refused or rate limited: the rest waits for the next run rather than meeting the same answer.
      return true;
    });
    if (stop) break;
  }
  return made;
}
