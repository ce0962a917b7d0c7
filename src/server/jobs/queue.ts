import PgBoss from 'pg-boss';
import type { AppDeps } from '../context';
import { deliverNotification, dispatchPending } from '../notify/deliver';
import { runReminders } from '../notify/reminders';

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
 * Scheduled work on pg-boss, a PostgreSQL queue (SKIP LOCKED) in the same database — PGlite included,
 * through the database's raw query — so several app servers share it and a restart loses no job:
 * the reminder run (hourly), the dispatch of new notifications (every minute) and their delivery
 * (retried with backoff).
 */
export async function startJobs(deps: AppDeps, options: JobOptions = {}): Promise<JobRunner> {
  const boss = new PgBoss({
    db: {
      executeSql: (text: string, values: unknown[]) =>
        deps.db.rawQuery(text, values) as Promise<{ rows: never[] }>,
    },
    schema: 'pgboss',
    // Keep finished jobs a week for inspection.
    deleteAfterDays: 7,
  });
  boss.on('error', (error) => options.onError?.(error));
  await boss.start();
  await boss.createQueue('reminders', {
    name: 'reminders',
    policy: 'singleton',
    retryLimit: 3,
    retryDelay: 60,
  });
  await boss.createQueue('dispatch', { name: 'dispatch', policy: 'singleton' });
  await boss.createQueue('deliver', { name: 'deliver', retryLimit: 6, retryDelay: 30, retryBackoff: true });
  await boss.schedule('reminders', options.remindersCron ?? '7 * * * *', {}, { tz: 'Asia/Shanghai' });
  await boss.schedule('dispatch', '* * * * *', {});
  await boss.work('reminders', async () => {
    await runReminders(deps);
  });
  await boss.work('dispatch', async () => {
    await dispatchPending(deps, async (id) => {
      await boss.send('deliver', { id }, { singletonKey: id });
    });
  });
  await boss.work<{ id: string }>('deliver', async (jobs) => {
    for (const job of jobs) await deliverNotification(deps, job.data.id);
  });
  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
