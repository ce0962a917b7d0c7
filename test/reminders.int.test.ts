/**
 * Reminders and notifications: yellow/red turns announced once, report-due reminders, escalation after two
 * periods; a run stopped half-way and run again sends nothing twice and misses nothing; e-mail through a real
 * SMTP server on loopback and a signed webhook, each delivered once, retried after a failure; pg-boss on the
 * same database runs the job.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/server/db/client';
import { startJobs } from '../src/server/jobs/queue';
import { deliverNotification, dispatchPending, webhookSignature } from '../src/server/notify/deliver';
import { runReminders } from '../src/server/notify/reminders';
import { buildUnit, buildUser, loginAs } from './helpers/factories';
import { createTestApp, dbKinds, type TestApp } from './helpers/test-app';
import { seal } from '../src/server/crypto/data-keys';

describe.each(dbKinds())('reminders and notifications on %s', (kind) => {
  let t: TestApp;
  let supervisor: string;
  let operatorId: string;
  let leaderId: string;
  const taskIds: string[] = [];
  const mails: Array<{ to: string; messageId: string; body: string }> = [];
  const hooks: Array<{ body: string; signature: string | undefined; key: string | undefined }> = [];
  let failNextHook = false;
  let smtp: SMTPServer;
  let hookServer: Server;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        let body = '';
        stream.on('data', (c: Buffer) => (body += c.toString()));
        stream.on('end', () => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address).join(','),
            messageId: /Message-ID: <([^>]+)>/i.exec(body)?.[1] ?? '',
            body,
          });
          done();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    hookServer = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        if (failNextHook) {
          failNextHook = false;
          res.writeHead(500).end();
          return;
        }
        hooks.push({
          body,
          signature: req.headers['x-luoshi-signature'] as string | undefined,
          key: req.headers['idempotency-key'] as string | undefined,
        });
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((r) => hookServer.listen(0, '127.0.0.1', r));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    const hookPort = (hookServer.address() as AddressInfo).port;
    t = await createTestApp(kind, {
      config: {
        smtp: { url: `smtp://127.0.0.1:${smtpPort}?ignoreTLS=true`, from: 'luoshi@example.cn' },
        webhook: { url: `http://127.0.0.1:${hookPort}/robot`, secret: 'robot-secret' },
      },
    });
    t.clock.set('2024-06-20T02:00:00Z');
    const unit = await buildUnit(t, { name: '区水利局' });
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    const op = await buildUser(t, { roles: ['unit_operator'], unitId: unit.id });
    operatorId = op.id;
    const operator = await loginAs(t, op);
    const leader = await buildUser(t, { roles: ['leader'], displayName: '分管副区长' });
    leaderId = leader.id;
    // Personal data is sealed at rest (SM4): write it as the application would.
    await t.db.orm.execute(sql`UPDATE users SET email = ${seal('operator@example.cn')} WHERE id = ${op.id}`);
    const decision = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/decisions',
        headers: { cookie: supervisor },
        payload: { title: '全会', kind: 'plenary', date: '2024-01-05', source: 'district_direct' },
      })
    ).json();
    // Four tasks half-way through the year with no progress: red (behind by ≥ 30 points).
    for (let i = 0; i < 4; i++) {
      const task = (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/tasks',
          headers: { cookie: supervisor },
          payload: {
            decisionId: decision.id,
            title: `水利任务${i + 1}`,
            leadUnitId: unit.id,
            leadLeaderId: leader.id,
            startDate: '2024-01-01',
            dueDate: '2024-12-31',
          },
        })
      ).json();
      taskIds.push(task.id);
    }
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${decision.id}/publish`,
      headers: { cookie: supervisor },
    });
    // Accepted in March, so April and May are two closed periods without an approved report.
    t.clock.set('2024-03-10T02:00:00Z');
    for (const id of taskIds)
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/tasks/${id}/accept`,
        headers: { cookie: operator },
      });
    t.clock.set('2024-06-28T02:00:00Z');
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((r) => smtp.close(() => r()));
    await new Promise<void>((r) => hookServer.close(() => r()));
  });

  const countByKind = async () =>
    Object.fromEntries(
      (
        await queryRows<{ kind: string; n: number }>(
          t.db.orm,
          sql`SELECT kind, count(*)::int AS n FROM notifications GROUP BY kind`,
        )
      ).map((r) => [r.kind, r.n]),
    );

  it('a run stopped half-way and run again sends nothing twice and misses nothing', async () => {
    await expect(
      runReminders(t.deps, '2024-06-28', (i) => {
        if (i === 2) throw new Error('process killed');
      }),
    ).rejects.toThrow('process killed');
    const partial = await countByKind();
    expect(partial.light_red).toBe(2 * 2); // two tasks done: the unit's operator and the lead leader
    const rerun = await runReminders(t.deps, '2024-06-28');
    expect(rerun.tasks).toBe(4);
    const after = await countByKind();
    // Each red task also owes a catch-up plan (赶超措施): its unit is told once.
    expect(after).toEqual({ light_red: 8, report_due: 4, escalation: 8, catch_up_required: 4 });
    // A third run the same day changes nothing.
    await runReminders(t.deps, '2024-06-28');
    expect(await countByKind()).toEqual(after);
    const unread = (
      await queryRows<{ n: number }>(
        t.db.orm,
        sql`SELECT count(*)::int AS n FROM notifications WHERE user_id = ${operatorId}`,
      )
    )[0]?.n;
    expect(unread).toBe(12);
    expect(
      (
        await queryRows<{ n: number }>(
          t.db.orm,
          sql`SELECT count(*)::int AS n FROM notifications WHERE user_id = ${leaderId} AND kind = 'escalation'`,
        )
      )[0]?.n,
    ).toBe(4);
  });

  it('delivers each notification once by e-mail and by signed webhook, retrying a failed webhook', async () => {
    const queued: string[] = [];
    await dispatchPending(t.deps, async (id) => {
      queued.push(id);
    });
    expect(queued.length).toBe(24);
    expect(await dispatchPending(t.deps, async () => undefined)).toBe(0);
    failNextHook = true;
    await expect(deliverNotification(t.deps, queued[0] as string)).rejects.toThrow(/webhook answered 500/);
    for (const id of queued) await deliverNotification(t.deps, id);
    // Delivering everything again (a job retried after a crash) sends nothing more.
    for (const id of queued) await deliverNotification(t.deps, id);
    const operatorNotifications = (
      await queryRows<{ id: string }>(
        t.db.orm,
        sql`SELECT id FROM notifications WHERE user_id = ${operatorId}`,
      )
    ).map((r) => r.id);
    expect(mails.map((m) => m.messageId.replace('@luoshi', '')).sort()).toEqual(operatorNotifications.sort());
    expect(mails.every((m) => m.to === 'operator@example.cn')).toBe(true);
    expect(hooks).toHaveLength(24);
    expect(new Set(hooks.map((h) => h.key)).size).toBe(24);
    for (const h of hooks) expect(h.signature).toBe(webhookSignature('robot-secret', h.body));
    expect(JSON.parse(hooks[0]?.body ?? '{}')).toMatchObject({
      kind: expect.any(String),
      title: expect.stringContaining('水利任务'),
    });
  });

  it('runs the reminder job on pg-boss in the same database', { timeout: 120_000 }, async () => {
    await t.db.orm.execute(sql`DELETE FROM task_light_states`);
    t.clock.set('2024-07-02T02:00:00Z');
    const jobs = await startJobs(t.deps);
    try {
      const jobId = await jobs.boss.send('reminders', {});
      expect(jobId).toBeTruthy();
      // Wait for the job itself to finish (reading the counts mid-run would race it).
      const deadline = Date.now() + 90_000;
      let state: string | undefined;
      while (Date.now() < deadline && state !== 'completed' && state !== 'failed') {
        await new Promise((r) => setTimeout(r, 500));
        state = (await jobs.boss.getJobById('reminders', jobId as string))?.state;
      }
      expect(state).toBe('completed');
      const counts = await countByKind();
      // July 2nd: the light is announced again (it turned red again after the state was cleared).
      expect(counts.light_red).toBe(16);
    } finally {
      await jobs.stop();
    }
  });
});
