import { createHmac } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppDeps } from '../context';
import {
  markDispatched,
  markEmailSent,
  markWebhookSent,
  notificationWithRecipient,
  undispatchedIds,
} from './notify.repository';
import { withSystemTx } from '../db/tx';
import { queueRobotMessages } from './robot-outbox';

let transport: { url: string; transporter: Transporter } | undefined;

function mailer(url: string): Transporter {
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
  return transport.transporter;
}

/** HMAC-SHA256 of the exact body, so the receiving robot can check the message came from Luoshi. */
export function webhookSignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * The inbox is the outbox: hands every notification not yet dispatched to `enqueue` (a delivery job keyed
 * by the notification), then marks it dispatched. A crash in between enqueues it again, and the job's own
 * check of what was sent keeps that from sending twice.
 */
export async function dispatchPending(
  deps: AppDeps,
  enqueue: (id: string) => Promise<void>,
  limit = 500,
): Promise<number> {
  const pending = await withSystemTx(deps.db, (tx) => undispatchedIds(tx, limit));
  for (const { id } of pending) {
    await enqueue(id);
    await withSystemTx(deps.db, (tx) => markDispatched(tx, id, deps.clock.now()));
  }
  return pending.length;
}

/**
 * Sends one notification by e-mail (when SMTP is set and the user has an address) and to the webhook (when
 * set), each at most once: the time it was sent is recorded and checked. A failure throws, so the job is
 * retried with backoff; what already went out is not sent again. The notice is first queued for the group
 * robots it concerns (robot-outbox.ts; once per robot and notice key), which a run each minute sends.
 */
export async function deliverNotification(
  deps: AppDeps,
  id: string,
): Promise<{ email: boolean; webhook: boolean }> {
  const found = await withSystemTx(deps.db, (tx) => notificationWithRecipient(tx, id));
  if (!found) return { email: false, webhook: false };
  const { n } = found;
  // First, so that a failing mail server or webhook does not hold the robots back (queuing is idempotent).
  await queueRobotMessages(deps, id);
  const sent = { email: false, webhook: false };
  const { smtp, webhook } = deps.config;
  if (smtp.url && found.email && !n.emailSentAt) {
    await mailer(smtp.url).sendMail({
      from: smtp.from,
      to: found.email,
      subject: `【落实】${n.title}`,
      text: `${found.displayName}：\n\n${n.body}\n\n（本邮件由落实系统发送，请登录系统查看详情。）`,
      messageId: `<${n.id}@luoshi>`,
    });
    await withSystemTx(deps.db, (tx) => markEmailSent(tx, id, deps.clock.now()));
    sent.email = true;
  }
  if (webhook.url && !n.webhookSentAt) {
    const body = JSON.stringify({
      id: n.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      entityType: n.entityType,
      entityId: n.entityId,
      user: { username: found.username, displayName: found.displayName },
      createdAt: n.createdAt.toISOString(),
    });
    const response = await fetch(webhook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': n.id,
        ...(webhook.secret ? { 'x-luoshi-signature': webhookSignature(webhook.secret, body) } : {}),
      },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
    await withSystemTx(deps.db, (tx) => markWebhookSent(tx, id, deps.clock.now()));
    sent.webhook = true;
  }
  return sent;
}
