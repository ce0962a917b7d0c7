/**
 * A backup is always restorable (issue #11, finding 3): fast-check edits the parents of tasks and units
 * through the API — itself, a descendant, a random id, another district's row, none — and after every
 * edit no link crosses districts and no loop exists; then the district is backed up, restored into an
 * empty database and compared row for row. LUOSHI_FUZZ_RUNS scales the number of edit sequences.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../../src/server/db/backup';
import { queryRows, type Database } from '../../src/server/db/client';
import { withSystemTx } from '../../src/server/db/tx';
import { tasks } from '../../src/server/db/schema';
import { buildDecisionWithTask, buildTenant, buildUnit, buildUser, loginAs } from '../helpers/factories';
import { createTestApp, createTestDatabase, dbKinds, type TestApp } from '../helpers/test-app';

const runs = Math.max(5, Math.ceil(Number(process.env.LUOSHI_FUZZ_RUNS ?? 1000) / 50));
const size = 6;

async function rows(db: Database, table: string): Promise<string[]> {
  return (
    await queryRows<{ j: string }>(
      db.orm,
      sql`SELECT row_to_json(t)::text AS j FROM ${sql.identifier(table)} t ORDER BY 1`,
    )
  ).map((r) => r.j);
}

describe.each(dbKinds())('link fuzz and backup round trip on %s', (kind) => {
  let t: TestApp;
  let supervisor: string;
  let admin: string;
  const taskIds: string[] = [];
  const unitIds: string[] = [];
  let foreign: { taskId: string; unitId: string };

  beforeAll(async () => {
    t = await createTestApp(kind);
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    admin = await loginAs(t, await buildUser(t, { roles: ['admin'] }));
    for (let i = 0; i < size; i++) unitIds.push((await buildUnit(t)).id);
    const { decisionId, taskId } = await buildDecisionWithTask(t, {
      leadUnitId: unitIds[0] as string,
      status: 'in_progress',
    });
    taskIds.push(taskId);
    await withSystemTx(t.db, async (tx) => {
      for (let i = 1; i < size; i++) {
        const id = uuidv7();
        taskIds.push(id);
        await tx.insert(tasks).values({
          id,
          tenantId: t.tenantId,
          decisionId,
          title: `任务${i}`,
          source: 'district_direct',
          leadUnitId: unitIds[0] as string,
          startDate: '2024-01-05',
          dueDate: '2024-12-31',
          status: 'in_progress',
        });
      }
    });
    const other = await buildTenant(t);
    const otherUnit = (await buildUnit(t, { tenantId: other })).id;
    foreign = {
      unitId: otherUnit,
      taskId: (await buildDecisionWithTask(t, { tenantId: other, leadUnitId: otherUnit })).taskId,
    };
  });
  afterAll(async () => t.close());

  type Target =
    { kind: 'index'; index: number } | { kind: 'none' } | { kind: 'random' } | { kind: 'foreign' };
  const target: fc.Arbitrary<Target> = fc.oneof(
    { weight: 6, arbitrary: fc.nat({ max: size - 1 }).map((index) => ({ kind: 'index' as const, index })) },
    { weight: 2, arbitrary: fc.constant({ kind: 'none' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'random' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'foreign' as const }) },
  );
  const edit = fc.record({
    table: fc.constantFrom('tasks' as const, 'units' as const),
    index: fc.nat({ max: size - 1 }),
    parent: target,
  });

  /** No row's parent is in another district, and following parents never comes back to the start. */
  async function assertLinksSound(): Promise<void> {
    await withSystemTx(t.db, async (tx) => {
      for (const table of ['tasks', 'units'] as const) {
        const crossing = await queryRows<{ n: number }>(
          tx,
          sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} c JOIN ${sql.identifier(table)} p ON p.id = c.parent_id WHERE p.tenant_id <> c.tenant_id`,
        );
        expect(crossing[0]?.n, `${table} linked across districts`).toBe(0);
        const loops = await queryRows<{ n: number }>(
          tx,
          sql`WITH RECURSIVE up(start, id, depth) AS (
                SELECT id, parent_id, 1 FROM ${sql.identifier(table)} WHERE parent_id IS NOT NULL
                UNION ALL
                SELECT up.start, p.parent_id, up.depth + 1 FROM up JOIN ${sql.identifier(table)} p ON p.id = up.id
                WHERE p.parent_id IS NOT NULL AND up.depth < 50 AND up.id <> up.start
              )
              SELECT count(*)::int AS n FROM up WHERE id = start`,
        );
        expect(loops[0]?.n, `${table} has a loop`).toBe(0);
      }
    });
  }

  it(
    'every parent edit is checked, and the result backs up and restores row for row',
    { timeout: 300_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 12 }), async (edits) => {
          for (const e of edits) {
            const ids = e.table === 'tasks' ? taskIds : unitIds;
            const id = ids[e.index] as string;
            const parentId =
              e.parent.kind === 'index'
                ? (ids[e.parent.index] as string)
                : e.parent.kind === 'none'
                  ? null
                  : e.parent.kind === 'random'
                    ? randomUUID()
                    : e.table === 'tasks'
                      ? foreign.taskId
                      : foreign.unitId;
            const cookie = e.table === 'tasks' ? supervisor : admin;
            const url = `/api/v1/${e.table}/${id}`;
            const current =
              e.table === 'tasks'
                ? await t.app.inject({ method: 'GET', url, headers: { cookie } })
                : undefined;
            const version =
              current?.json().version ??
              (
                await withSystemTx(t.db, (tx) =>
                  queryRows<{ v: number }>(tx, sql`SELECT version AS v FROM units WHERE id = ${id}`),
                )
              )[0]?.v;
            const res = await t.app.inject({
              method: 'PATCH',
              url,
              headers: { cookie },
              payload: { parentId, version },
            });
            expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
            if (e.parent.kind === 'random' || e.parent.kind === 'foreign' || parentId === id) {
              expect(res.statusCode, `${e.table} parent ${e.parent.kind}`).toBe(422);
              expect(res.json().error.details.fields.map((f: { path: string }) => f.path)).toEqual([
                'parentId',
              ]);
            }
          }
          await assertLinksSound();
        }),
        { numRuns: runs },
      );
      // Whatever the edits left, the backup restores into an empty database with every row identical.
      const file = resolve('.tmp', `links-${randomUUID()}.jsonl.gz`);
      await backupDatabase(t.db, file, t.clock.now());
      const target = await createTestDatabase(kind);
      try {
        await restoreDatabase(target.db, file);
        for (const table of ['tenants', 'units', 'users', 'decisions', 'tasks', 'audit_events']) {
          expect(await rows(target.db, table), table).toEqual(await rows(t.db, table));
        }
      } finally {
        await target.drop();
      }
    },
  );
});
