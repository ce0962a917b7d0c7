/**
 * Killing the reminder run half-way through the blocker ladder (SIGKILL of `luoshi reminders run`) and running
 * it again takes every step once: each blocker ends one level up with exactly one `escalated` event and one
 * notice to its new owner.
 */
import { spawn } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows } from '../src/server/db/client';
import { withSystemTx } from '../src/server/db/tx';
import { blockers } from '../src/server/db/schema';
import { runCli } from './helpers/cli';
import { buildDecisionWithTask, buildUnit, buildUser } from './helpers/factories';
import { createTestApp, dbKinds, type TestApp } from './helpers/test-app';

const blockerCount = 200;

describe.each(dbKinds())('blocker ladder killed half-way on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
    const unit = await buildUnit(t, { name: '区自然资源局' });
    await buildUser(t, { roles: ['unit_operator'], unitId: unit.id });
    await buildUser(t, { roles: ['supervisor'] });
    // A task with no dates: no light, so the run's only work is the ladder.
    const { taskId } = await buildDecisionWithTask(t, { leadUnitId: unit.id });
    await withSystemTx(t.db, async (tx) => {
      await tx.execute(sql`UPDATE tasks SET start_date = NULL, due_date = NULL WHERE id = ${taskId}`);
      const rows = Array.from({ length: blockerCount }, (_, i) => ({
        id: uuidv7(),
        tenantId: t.tenantId,
        taskId,
        raisedByUnitId: unit.id,
        ownerUnitId: unit.id,
        kind: '手续',
        title: `堵点${i + 1}`,
        dueDate: '2024-12-31',
        levelSince: new Date('2024-07-01T02:00:00Z'),
        raisedAt: new Date('2024-07-01T02:00:00Z'),
      }));
      for (let i = 0; i < rows.length; i += 100) await tx.insert(blockers).values(rows.slice(i, i + 100));
    });
    await t.app.close();
    await t.db.close();
  });
  afterAll(async () => t.testDb.drop());

  it('kills the run, runs it again, and ends with exactly one step and one notice per blocker', async () => {
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
        if (/processed (50|75|100) blockers/.test(out) && child.exitCode === null) child.kill('SIGKILL');
      });
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('exit', (_code, signal) =>
        signal === 'SIGKILL' ? resolve(out) : reject(new Error(`run was not killed mid-way: ${out}`)),
      );
    });
    expect(partial).toMatch(/processed 50 blockers/);
    expect(partial).not.toMatch(/reminders done/);

    const count = async () => {
      const db = await openDatabase({
        dataDir: t.testDb.location.dataDir,
        databaseUrl: t.testDb.location.databaseUrl,
      });
      try {
        return (
          await queryRows<{ steps: number; blockers: number; at_leader: number; notices: number }>(
            db.orm,
            sql`SELECT
              (SELECT count(*)::int FROM blocker_events WHERE kind = 'escalated') AS steps,
              (SELECT count(DISTINCT blocker_id)::int FROM blocker_events WHERE kind = 'escalated') AS blockers,
              (SELECT count(*)::int FROM blockers WHERE level = 'leader' AND version = 2) AS at_leader,
              (SELECT count(*)::int FROM notifications WHERE kind = 'blocker_escalated') AS notices`,
          )
        )[0];
      } finally {
        await db.close();
      }
    };
    const afterKill = await count();
    expect(afterKill?.steps).toBeGreaterThanOrEqual(50);
    expect(afterKill?.steps).toBeLessThan(blockerCount);
    expect(afterKill?.steps).toBe(afterKill?.at_leader);

    const rerun = runCli(['reminders', 'run', '--as-of', '2024-08-01'], t.testDb.location);
    expect(rerun.status).toBe(0);
    // No contracting leader: the office (one supervisor) is told of each step, once.
    expect(await count()).toEqual({
      steps: blockerCount,
      blockers: blockerCount,
      at_leader: blockerCount,
      notices: blockerCount,
    });
  });
});
