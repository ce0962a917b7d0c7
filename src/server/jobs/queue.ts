import PgBoss from 'pg-boss';
import type { AppDeps } from '../context';
import { deliverNotification, dispatchPending } from '../notify/deliver';
import { runReminders } from '../notify/reminders';
import { sendRobotMessages } from '../notify/robot-outbox';

export interface JobRunner {
  boss: PgBoss;
  stop(): Promise<void>;
}

export interface JobOptions {
  /** Cron of the reminder run (Asia/Shanghai). */
  remindersCron?: string;
  onError?: (error: unknown) => void;
}

/**
 * Two nodes' first start on a new database race in pg-boss (tested in test/multi-node.int.test.ts): its
 * create_queue takes its locks in an order that deadlocks (40P01), and its install creates the `pgboss` schema
 * and tables with IF NOT EXISTS, which is not safe at the same moment — the loser gets a unique violation on
 * the catalogue (23505 on pg_namespace) or "already exists" (42P06, 42P07). PostgreSQL aborts one of them; that
 * one tries again, and finds the work done.
 */
const raceCodes = new Set(['40P01', '23505', '42P06', '42P07']);
async function retryOnRace<T>(fn: () => Promise<T>, attempts = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (error) {
      if (!raceCodes.has((error as { code?: string }).code ?? '') || i >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 200 * i));
    }
  }
}

/**
 * Scheduled work on pg-boss, a PostgreSQL queue (SKIP LOCKED) in the same database — PGlite included,
 * through the database's raw query — so several app servers share it and a restart loses no job:
 * the reminder run (hourly), the dispatch of new notifications (every minute), their delivery (retried with
 * backoff) and the group robots' run (every minute, one at a time: it spends each robot's rate).
 */
export async function startJobs(deps: AppDeps, options: JobOptions = {}): Promise<JobRunner> {
  // A new instance for each try: one whose start failed half-way is not started again.
  const boss = await retryOnRace(async () => {
    const attempt = newBoss(deps, options);
    try {
      await attempt.start();
    } catch (error) {
      await attempt.stop({ graceful: false }).catch(() => undefined);
      throw error;
    }
    return attempt;
  });
  // A delivery takes seconds (SMTP and webhook time out after 10 s each): one held longer was held by a dead
  // node and goes back to the queue. Applied at every start, so a changed setting reaches an existing queue.
  const deliver = {
    name: 'deliver',
    retryLimit: 6,
    retryDelay: deps.config.jobQueue.retryDelayS,
    retryBackoff: true,
    expireInSeconds: deps.config.jobQueue.expireS,
  };
  await retryOnRace(async () => {
    await boss.createQueue('reminders', {
      name: 'reminders',
      policy: 'singleton',
      retryLimit: 3,
      retryDelay: 60,
    });
    await boss.createQueue('dispatch', { name: 'dispatch', policy: 'singleton' });
    await boss.createQueue('deliver', deliver);
    await boss.updateQueue('deliver', deliver);
    await boss.schedule('reminders', options.remindersCron ?? '7 * * * *', {}, { tz: 'Asia/Shanghai' });
    await boss.schedule('dispatch', '* * * * *', {});
    await boss.createQueue('robots', { name: 'robots', policy: 'singleton' });
    await boss.schedule('robots', '* * * * *', {});
  });
  await boss.work('reminders', async () => {
    await runReminders(deps);
  });
  await boss.work('dispatch', async () => {
    await dispatchPending(deps, async (id) => {
      await boss.send('deliver', { id }, { singletonKey: id });
    });
  });
  await boss.work('robots', async () => {
    await sendRobotMessages(deps);
  });
  // Up to ten jobs per fetch, sent one after the other: the worker polls every 2 s, so one per fetch would
  // deliver a reminder pass's hundreds of notices at one every 2 s per node. A node killed mid-batch sends
  // at most its current notice twice (the idempotency key marks it); the rest expire and go back.
  await boss.work<{ id: string }>('deliver', { batchSize: 10 }, async (jobs) => {
    for (const job of jobs) await deliverNotification(deps, job.data.id);
  });
  return {
    boss,
    async stop() {
      // No new job is fetched from now on; running ones finish within the bound, else are failed back to
      // the queue (retried by another node).
      await boss.stop({ graceful: true, wait: true, timeout: deps.config.shutdownTimeoutMs });
    },
  };
}

function newBoss(deps: AppDeps, options: JobOptions): PgBoss {
  const boss = new PgBoss({
    db: {
      executeSql: (text: string, values: unknown[]) =>
        deps.db.rawQuery(text, values) as Promise<{ rows: never[] }>,
    },
    schema: 'pgboss',
    // Keep finished jobs a week for inspection.
    deleteAfterDays: 7,
    // Also how often a job held by a node that died (SIGKILL, power) is found expired and retried elsewhere.
    maintenanceIntervalSeconds: deps.config.jobQueue.maintenanceS,
  });
  boss.on('error', (error) => options.onError?.(error));
  return boss;
}
