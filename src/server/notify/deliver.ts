import { createHmac } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppDeps } from '../context';
import { notifications, users } from '../db/schema';
import { withSystemTx } from '../db/tx';

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
export async function dispatchPending(deps: AppDeps, enqueue: (id: string) => Promise<void>, limit = 500): Promise<number> {
  const pending = await withSystemTx(deps.db, (tx) =>
    tx.select({ id: notifications.id }).from(notifications).where(isNull(notifications.dispatchedAt)).orderBy(asc(notifications.createdAt)).limit(limit),
  );
  for (const { id } of pending) {
    await enqueue(id);
    await withSystemTx(deps.db, (tx) => tx.update(notifications).set({ dispatchedAt: deps.clock.now() }).where(eq(notifications.id, id)));
  }
  return pending.length;
}

/**
 * Sends one notification by e-mail (when SMTP is set and the user has an address) and to the webhook (when
 * set), each at most once: the time it was sent is recorded and checked. A failure throws, so the job is
 * retried with backoff; what already went out is not sent again.
 */
export async function deliverNotification(deps: AppDeps, id: string): Promise<{ email: boolean; webhook: boolean }> {
  const found = await withSystemTx(deps.db, async (tx) => {
    const [row] = await tx
      .select({ n: notifications, email: users.email, username: users.username, displayName: users.displayName })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(eq(notifications.id, id));
    return row;
  });
  if (!found) return { email: false, webhook: false };
  const { n } = found;
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
    await withSystemTx(deps.db, (tx) =>
      tx.update(notifications).set({ emailSentAt: deps.clock.now() }).where(and(eq(notifications.id, id), isNull(notifications.emailSentAt))),
    );
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
    await withSystemTx(deps.db, (tx) =>
      tx.update(notifications).set({ webhookSentAt: deps.clock.now() }).where(and(eq(notifications.id, id), isNull(notifications.webhookSentAt))),
    );
    sent.webhook = true;
  }
  return sent;
}
