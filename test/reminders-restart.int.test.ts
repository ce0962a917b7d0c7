/**
 * Killing the reminder run half-way (SIGKILL of `luoshi reminders run`) and running it again sends no
 * duplicate and loses none: every task ends with exactly its notifications.
 */
import { spawn } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows } from '../src/server/db/client';
import { withSystemTx } from '../src/server/db/tx';
import { decisions, tasks } from '../src/server/db/schema';
import { runCli } from './helpers/cli';
import { buildUnit, buildUser } from './helpers/factories';
import { createTestApp, dbKinds, type TestApp } from './helpers/test-app';

const taskCount = 300;

describe.each(dbKinds())('reminder run killed half-way on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
    const unit = await buildUnit(t, { name: '区交通运输局' });
    await buildUser(t, { roles: ['unit_operator'], unitId: unit.id });
    const decisionId = uuidv7();
    await withSystemTx(t.db, async (tx) => {
      await tx.insert(decisions).values({
        id: decisionId,
        tenantId: t.tenantId,
        title: '全会',
        kind: 'plenary',
        date: '2024-01-05',
        source: 'district_direct',
      });
      const rows = Array.from({ length: taskCount }, (_, i) => ({
        id: uuidv7(),
        tenantId: t.tenantId,
        decisionId,
        code: `2024-QW-${String(i + 1).padStart(4, '0')}`,
        title: `交通任务${i + 1}`,
        source: 'district_direct' as const,
        leadUnitId: unit.id,
        startDate: '2024-01-01',
        dueDate: '2024-12-31',
        status: 'published' as const,
      }));
      for (let i = 0; i < rows.length; i += 200) await tx.insert(tasks).values(rows.slice(i, i + 200));
    });
    await t.app.close();
    await t.db.close();
  });
  afterAll(async () => t.testDb.drop());

  it('kills the run, runs it again, and ends with exactly one notice per task', async () => {
    const partial = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['bin/luoshi.mjs', 'reminders', 'run', '--as-of', '2024-08-01'], {
        env: {
          ...process.env,
          LUOSHI_DATA_DIR: t.testDb.location.dataDir,
          DATABASE_URL: t.testDb.location.databaseUrl ?? '',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        // Mid-run: some tasks done, most not.
        if (/processed (100|150) tasks/.test(out) && child.exitCode === null) child.kill('SIGKILL');
      });
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('exit', (_code, signal) =>
        signal === 'SIGKILL' ? resolve(out) : reject(new Error(`run was not killed mid-way: ${out}`)),
      );
    });
    expect(partial).toMatch(/processed 100 tasks/);
    expect(partial).not.toMatch(/reminders done/);

    const count = async () => {
      const db = await openDatabase({
        dataDir: t.testDb.location.dataDir,
        databaseUrl: t.testDb.location.databaseUrl,
      });
      try {
        return (
          await queryRows<{ n: number; distinct_tasks: number }>(
            db.orm,
            sql`SELECT count(*)::int AS n, count(DISTINCT entity_id)::int AS distinct_tasks FROM notifications WHERE kind = 'light_red'`,
          )
        )[0];
      } finally {
        await db.close();
      }
    };
    const afterKill = await count();
    expect(afterKill?.n).toBeGreaterThan(0);
    expect(afterKill?.n).toBeLessThan(taskCount);

    const rerun = runCli(['reminders', 'run', '--as-of', '2024-08-01'], t.testDb.location);
    expect(rerun.status).toBe(0);
    expect(await count()).toEqual({ n: taskCount, distinct_tasks: taskCount });
  });
});
