/**
 * Links between rows (issue #11, findings 3, 9 and 10): every id a body names is checked in the caller's
 * district (422 naming the field, never 500, never a cross-district link), a task cannot become its own
 * ancestor, a foreign-key violation that slips past a use case is 422 naming the column, a backup holding a
 * loop is refused briefly, settings keys of Object.prototype are unknown keys, and reports are accepted only
 * for periods from the task's start to the one open today.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { backupDatabase } from '../../src/server/db/backup';
import { openDatabase, queryRows } from '../../src/server/db/client';
import { withSystemTx } from '../../src/server/db/tx';
import { supervisionCases, tasks } from '../../src/server/db/schema';
import type { App } from '../../src/server/http';
import { runCli } from '../helpers/cli';
import { buildDecisionWithTask, buildTenant, buildUnit, buildUser, loginAs } from '../helpers/factories';
import { createTestApp, createTestDatabase, dbKinds, testConfig, type TestApp } from '../helpers/test-app';

type Fields = Array<{ path: string }>;
const fieldsOf = (body: { error?: { details?: { fields?: Fields } } }) =>
  (body.error?.details?.fields ?? []).map((f) => f.path);

describe.each(dbKinds())('links are checked on %s', (kind) => {
  let t: TestApp;
  let supervisor: string;
  let admin: string;
  let operator: string;
  let unitId: string;
  let decisionId: string;
  let taskA: string;
  let taskB: string;
  let foreign: { taskId: string; caseId: string; unitId: string };

  beforeAll(async () => {
    t = await createTestApp(kind);
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    admin = await loginAs(t, await buildUser(t, { roles: ['admin'] }));
    unitId = (await buildUnit(t)).id;
    operator = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId }));
    ({ decisionId, taskId: taskA } = await buildDecisionWithTask(t, {
      leadUnitId: unitId,
      status: 'in_progress',
    }));
    taskB = uuidv7();
    await withSystemTx(t.db, async (tx) => {
      await tx.insert(tasks).values({
        id: taskB,
        tenantId: t.tenantId,
        decisionId,
        title: '子任务',
        source: 'district_direct',
        leadUnitId: unitId,
        startDate: '2024-01-05',
        dueDate: '2024-12-31',
        status: 'in_progress',
      });
    });
    const otherTenant = await buildTenant(t);
    const otherUnit = (await buildUnit(t, { tenantId: otherTenant })).id;
    const other = await buildDecisionWithTask(t, { tenantId: otherTenant, leadUnitId: otherUnit });
    const caseId = uuidv7();
    const creator = await buildUser(t, { tenantId: otherTenant, roles: ['supervisor'] });
    await withSystemTx(t.db, async (tx) => {
      await tx.insert(supervisionCases).values({
        id: caseId,
        tenantId: otherTenant,
        title: '外区督办',
        origin: 'complaint',
        level: 'general',
        requirements: '办理',
        deadline: '2024-06-30',
        taskIds: [],
        unitIds: [otherUnit],
        createdBy: creator.id,
      });
    });
    foreign = { taskId: other.taskId, caseId, unitId: otherUnit };
  });
  afterAll(async () => t.close());

  const api = (cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: { cookie },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  const taskVersion = async (id: string) =>
    (await api(supervisor, 'GET', `/api/v1/tasks/${id}`)).json().version as number;
  const setParent = async (id: string, parentId: string | null) =>
    api(supervisor, 'PATCH', `/api/v1/tasks/${id}`, { parentId, version: await taskVersion(id) });

  it('a task cannot be its own parent, nor the parent of its parent', async () => {
    const self = await setParent(taskA, taskA);
    expect(self.statusCode).toBe(422);
    expect(fieldsOf(self.json())).toEqual(['parentId']);
    expect((await setParent(taskB, taskA)).statusCode).toBe(200);
    const loop = await setParent(taskA, taskB);
    expect(loop.statusCode).toBe(422);
    expect(fieldsOf(loop.json())).toEqual(['parentId']);
    expect((await setParent(taskB, null)).statusCode).toBe(200);
  });

  it('a random or another district’s parentId is 422 naming parentId, and links nothing', async () => {
    for (const parentId of [randomUUID(), foreign.taskId]) {
      const res = await setParent(taskA, parentId);
      expect({ parentId, status: res.statusCode }).toEqual({ parentId, status: 422 });
      expect(fieldsOf(res.json())).toEqual(['parentId']);
    }
    const created = await api(supervisor, 'POST', '/api/v1/tasks', {
      decisionId,
      parentId: foreign.taskId,
      title: '新任务',
      leadUnitId: unitId,
      startDate: '2024-01-05',
      dueDate: '2024-12-31',
    });
    expect(created.statusCode).toBe(422);
    expect(fieldsOf(created.json())).toEqual(['parentId']);
  });

  it('an inspection naming another district’s case or task, or a random case, is 422 naming the field', async () => {
    const base = { date: '2024-02-20', team: '督查组', places: '现场' };
    const cases = [
      { body: { ...base, caseId: foreign.caseId }, field: 'caseId' },
      { body: { ...base, caseId: randomUUID() }, field: 'caseId' },
      {
        body: {
          ...base,
          findings: [{ finding: '台账不全', unitId, deadline: '2024-03-20', taskId: foreign.taskId }],
        },
        field: 'findings.0.taskId',
      },
      {
        body: {
          ...base,
          findings: [{ finding: '台账不全', unitId, deadline: '2024-03-20', taskId: randomUUID() }],
        },
        field: 'findings.0.taskId',
      },
      {
        body: {
          ...base,
          findings: [{ finding: '台账不全', unitId: foreign.unitId, deadline: '2024-03-20' }],
        },
        field: 'findings.0.unitId',
      },
    ];
    for (const { body, field } of cases) {
      const res = await api(supervisor, 'POST', '/api/v1/inspections', body);
      expect({ field, status: res.statusCode }).toEqual({ field, status: 422 });
      expect(fieldsOf(res.json())).toEqual([field]);
    }
    const [count] = await withSystemTx(t.db, (tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM inspections WHERE tenant_id = ${t.tenantId}`,
      ),
    );
    expect(count?.n).toBe(0);
  });

  it('a foreign-key violation past the use cases is 422 naming the column, not 500', async () => {
    // A route of its own on a second app: the use cases check their links first, so only a route that
    // skips them can reach the database's own foreign key.
    const app: App = await buildApp({ ...t.deps, config: testConfig() });
    app.get('/api/v1/test/dangling-parent', { config: { access: 'public' } }, async () => {
      await withSystemTx(t.db, async (tx) => {
        await tx.insert(tasks).values({
          id: uuidv7(),
          tenantId: t.tenantId,
          decisionId,
          parentId: randomUUID(),
          title: 't',
          source: 'district_direct',
          status: 'draft',
        });
      });
      return {};
    });
    await app.ready();
    try {
      const res = await app.inject({ method: 'GET', url: '/api/v1/test/dangling-parent' });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(res.json())).toEqual(['parentId']);
    } finally {
      await app.close();
    }
  });

  it('settings keys of Object.prototype are unknown keys (422), not 500', async () => {
    for (const key of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
      const res = await api(admin, 'PATCH', '/api/v1/settings', { [key]: 1 });
      expect({ key, status: res.statusCode }).toEqual({ key, status: 422 });
      expect(fieldsOf(res.json())).toEqual([key]);
    }
    // JSON's __proto__ key is refused by the body parser before any lookup: never a 5xx.
    const proto = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/settings',
      headers: { cookie: admin, 'content-type': 'application/json' },
      payload: '{"__proto__":{"lights.redGap":1}}',
    });
    expect(proto.statusCode).toBe(400);
  });

  it('reports only for periods from the task start to the one open today', async () => {
    // The clock is 2024-03-01; the task started 2024-01-05.
    for (const period of ['2099-12', '2024-04', '2000-01', '2023-12']) {
      const res = await api(operator, 'POST', `/api/v1/tasks/${taskA}/reports`, {
        period,
        progress: 10,
        narrative: '进展',
      });
      expect({ period, status: res.statusCode }).toEqual({ period, status: 422 });
      expect(fieldsOf(res.json())).toEqual(['period']);
    }
    for (const period of ['2024-01', '2024-03']) {
      const res = await api(operator, 'POST', `/api/v1/tasks/${taskA}/reports`, {
        period,
        progress: 10,
        narrative: '进展',
      });
      expect({ period, status: res.statusCode }).toEqual({ period, status: 201 });
    }
  });
});

describe.each(dbKinds())('a backup with a loop of parents on %s', (kind) => {
  let t: TestApp;
  const file = resolve('.tmp', `loop-${randomUUID()}.jsonl.gz`);
  beforeAll(async () => {
    t = await createTestApp(kind);
    const unitId = (await buildUnit(t)).id;
    const { decisionId, taskId } = await buildDecisionWithTask(t, { leadUnitId: unitId });
    // Data written before links were checked: a task that is its own parent, two tasks parent of each other.
    const [a, b] = [uuidv7(), uuidv7()];
    await withSystemTx(t.db, async (tx) => {
      await tx
        .update(tasks)
        .set({ parentId: taskId })
        .where(sql`${tasks.id} = ${taskId}`);
      await tx.insert(tasks).values([
        { id: a, tenantId: t.tenantId, decisionId, title: 'a', source: 'district_direct', status: 'draft' },
        {
          id: b,
          tenantId: t.tenantId,
          decisionId,
          parentId: a,
          title: 'b',
          source: 'district_direct',
          status: 'draft',
        },
      ]);
      await tx
        .update(tasks)
        .set({ parentId: b })
        .where(sql`${tasks.id} = ${a}`);
    });
    await backupDatabase(t.db, file, new Date());
  });
  afterAll(async () => t.close());

  it('is refused by restore with a short message naming the loop, and writes nothing', async () => {
    const target = await createTestDatabase(kind);
    try {
      await target.db.close();
      const res = runCli(['restore', file], target.location);
      expect(res.status).toBe(1);
      expect(res.stderr).toMatch(/循环|loop/);
      expect(res.stderr.length).toBeLessThan(1000);
      const db = await openDatabase({
        dataDir: target.location.dataDir,
        databaseUrl: target.location.databaseUrl,
      });
      try {
        expect(
          (await queryRows<{ n: number }>(db.orm, sql`SELECT count(*)::int AS n FROM tasks`))[0]?.n,
        ).toBe(0);
      } finally {
        await db.close();
      }
    } finally {
      await target.drop();
    }
  });
});
