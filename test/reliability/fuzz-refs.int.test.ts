/**
 * Ids and prototype keys in bodies (issue #11, findings 3 and 9): valid bodies of every route that takes
 * ids, with each id field replaced by a random id, another district's row or one of our own; and every
 * object body of every route with keys of Object.prototype added. Never a 5xx, never a 2xx for a random or
 * foreign id, and afterwards no row of the district points into another district.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRoutes } from '../../src/server/app';
import { queryRows } from '../../src/server/db/client';
import { withSystemTx } from '../../src/server/db/tx';
import { buildDecisionWithTask, buildTenant, buildUnit, buildUser, loginAs } from '../helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../helpers/test-app';

const runs = Math.max(3, Math.ceil(Number(process.env.LUOSHI_FUZZ_RUNS ?? 1000) / 100));
const protoKeys = [
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__',
];

/** Foreign-key columns of the district's tables whose target also has a tenant. */
const links: Array<[string, string, string]> = [
  ['tasks', 'parent_id', 'tasks'],
  ['tasks', 'decision_id', 'decisions'],
  ['tasks', 'lead_unit_id', 'units'],
  ['tasks', 'lead_leader_id', 'users'],
  ['users', 'unit_id', 'units'],
  ['units', 'parent_id', 'units'],
  ['inspections', 'case_id', 'supervision_cases'],
  ['rectifications', 'case_id', 'supervision_cases'],
  ['rectifications', 'task_id', 'tasks'],
  ['rectifications', 'unit_id', 'units'],
  ['interviews', 'unit_id', 'units'],
  ['interviews', 'task_id', 'tasks'],
  ['interviews', 'case_id', 'supervision_cases'],
  ['interviews', 'rectification_id', 'rectifications'],
  ['accountability_actions', 'unit_id', 'units'],
  ['accountability_actions', 'task_id', 'tasks'],
  ['assessment_entries', 'unit_id', 'units'],
  ['achievements', 'unit_id', 'units'],
  ['report_indicator_values', 'target_id', 'task_targets'],
];

describe.each(dbKinds())('ids and prototype keys in bodies on %s', (kind) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  let own: { unitId: string; taskId: string; decisionId: string; leaderId: string };
  let foreign: { unitId: string; taskId: string; decisionId: string; leaderId: string };

  beforeAll(async () => {
    t = await createTestApp(kind);
    const unitId = (await buildUnit(t)).id;
    const leaderId = (await buildUser(t, { roles: ['leader'] })).id;
    own = {
      unitId,
      leaderId,
      ...(await buildDecisionWithTask(t, { leadUnitId: unitId, status: 'in_progress' })),
    };
    cookies.supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    cookies.admin = await loginAs(t, await buildUser(t, { roles: ['admin'] }));
    cookies.operator = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId }));
    const other = await buildTenant(t);
    const otherUnit = (await buildUnit(t, { tenantId: other })).id;
    foreign = {
      unitId: otherUnit,
      leaderId: (await buildUser(t, { tenantId: other, roles: ['leader'] })).id,
      ...(await buildDecisionWithTask(t, { tenantId: other, leadUnitId: otherUnit })),
    };
  });
  afterAll(async () => t.close());

  type IdChoice = 'random' | 'foreign' | 'own';
  const choice = fc.constantFrom<IdChoice>('random', 'foreign', 'own');
  type Kind = 'unit' | 'task' | 'decision' | 'leader' | 'case' | 'rectification';
  const pick = (c: IdChoice, k: Kind): string => {
    if (c === 'random' || k === 'case' || k === 'rectification')
      return c === 'foreign' ? foreign.taskId : randomUUID();
    const set = c === 'own' ? own : foreign;
    return { unit: set.unitId, task: set.taskId, decision: set.decisionId, leader: set.leaderId }[k];
  };

  /** Bodies that pass validation, with their id fields as functions of the choice. */
  const templates: Array<{
    caller: string;
    method: 'POST' | 'PATCH';
    url: () => string;
    ids: Record<string, Kind>;
    body: (id: (field: string) => string) => unknown;
  }> = [
    {
      caller: 'supervisor',
      method: 'POST',
      url: () => '/api/v1/tasks',
      ids: {
        decisionId: 'decision',
        parentId: 'task',
        leadUnitId: 'unit',
        coUnitId: 'unit',
        leadLeaderId: 'leader',
      },
      body: (id) => ({
        decisionId: id('decisionId'),
        parentId: id('parentId'),
        title: '任务',
        leadUnitId: id('leadUnitId'),
        coUnitIds: [id('coUnitId')],
        leadLeaderId: id('leadLeaderId'),
        startDate: '2024-01-05',
        dueDate: '2024-12-31',
      }),
    },
    {
      caller: 'supervisor',
      method: 'POST',
      url: () => '/api/v1/inspections',
      ids: { caseId: 'case', unitId: 'unit', taskId: 'task' },
      body: (id) => ({
        date: '2024-02-20',
        team: '组',
        places: '地',
        caseId: id('caseId'),
        findings: [{ finding: '问题', unitId: id('unitId'), deadline: '2024-03-20', taskId: id('taskId') }],
      }),
    },
    {
      caller: 'supervisor',
      method: 'POST',
      url: () => '/api/v1/cases',
      ids: { taskId: 'task', unitId: 'unit' },
      body: (id) => ({
        title: '督办',
        origin: 'complaint',
        level: 'general',
        requirements: '办',
        deadline: '2024-06-30',
        taskIds: [id('taskId')],
        unitIds: [id('unitId')],
      }),
    },
    {
      caller: 'supervisor',
      method: 'POST',
      url: () => '/api/v1/interviews',
      ids: { unitId: 'unit', caseId: 'case', taskId: 'task', rectificationId: 'rectification' },
      body: (id) => ({
        date: '2024-02-20',
        unitId: id('unitId'),
        person: '人',
        reason: '由',
        caseId: id('caseId'),
        taskId: id('taskId'),
        rectificationId: id('rectificationId'),
      }),
    },
    {
      caller: 'supervisor',
      method: 'POST',
      url: () => '/api/v1/accountability',
      ids: { unitId: 'unit', taskId: 'task' },
      body: (id) => ({
        type: 'other',
        date: '2024-02-20',
        unitId: id('unitId'),
        reason: '由',
        taskId: id('taskId'),
      }),
    },
    {
      caller: 'admin',
      method: 'POST',
      url: () => '/api/v1/units',
      ids: { parentId: 'unit' },
      body: (id) => ({
        name: `单位${randomUUID().slice(0, 6)}`,
        code: `F${randomUUID().slice(0, 6)}`,
        kind: 'department',
        parentId: id('parentId'),
      }),
    },
    {
      caller: 'admin',
      method: 'POST',
      url: () => '/api/v1/users',
      ids: { unitId: 'unit' },
      body: (id) => ({
        username: `f${randomUUID().slice(0, 8)}`,
        displayName: '人',
        roles: ['unit_operator'],
        unitId: id('unitId'),
      }),
    },
    {
      caller: 'supervisor',
      method: 'POST',
      url: () => '/api/v1/tasks/bulk-update',
      ids: { leadUnitId: 'unit', leadLeaderId: 'leader' },
      body: (id) => ({
        items: [{ id: own.taskId, version: 1 }],
        changes: { leadUnitId: id('leadUnitId'), leadLeaderId: id('leadLeaderId') },
      }),
    },
    {
      caller: 'supervisor',
      method: 'POST',
      url: () => '/api/v1/assessment/entries',
      ids: { unitId: 'unit' },
      body: (id) => ({
        kind: 'satisfaction',
        year: 2024,
        unitId: id('unitId'),
        period: '2024-Q1',
        score: 90,
      }),
    },
  ];

  it(
    'random and foreign ids in every id field: 4xx naming them, never 5xx, never linked',
    { timeout: 240_000 },
    async () => {
      for (const template of templates) {
        const fields = Object.keys(template.ids);
        await fc.assert(
          fc.asyncProperty(fc.tuple(...fields.map(() => choice)), async (choices) => {
            const chosen = Object.fromEntries(fields.map((f, i) => [f, choices[i] as IdChoice]));
            const body = template.body((f) => pick(chosen[f] as IdChoice, template.ids[f] as Kind));
            const res = await t.app.inject({
              method: template.method,
              url: template.url(),
              headers: { cookie: cookies[template.caller] as string },
              payload: body as Record<string, unknown>,
            });
            const label = `${template.url()} ${JSON.stringify(chosen)} → ${res.statusCode} ${res.body.slice(0, 200)}`;
            expect(res.statusCode, label).toBeLessThan(500);
            if (Object.values(chosen).some((c) => c !== 'own'))
              expect(res.statusCode, label).toBeGreaterThanOrEqual(400);
          }),
          { numRuns: runs * 3 },
        );
      }
      const crossing = await withSystemTx(t.db, async (tx) => {
        const found: string[] = [];
        for (const [table, column, target] of links) {
          const [row] = await queryRows<{ n: number }>(
            tx,
            sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} c JOIN ${sql.identifier(target)} p ON p.id = c.${sql.identifier(column)} WHERE p.tenant_id <> c.tenant_id`,
          );
          if ((row?.n ?? 0) > 0) found.push(`${table}.${column}`);
        }
        return found;
      });
      expect(crossing).toEqual([]);
    },
  );

  it('keys of Object.prototype in every object body: never 5xx', { timeout: 240_000 }, async () => {
    const routes = listRoutes(t.app).filter(
      (r) => ['POST', 'PATCH', 'PUT'].includes(r.method) && r.url !== '/api/v1/auth/logout',
    );
    const ids = [own.taskId, own.unitId, own.decisionId, randomUUID()];
    for (const route of routes) {
      for (const caller of ['supervisor', 'admin', 'operator']) {
        for (const key of [...protoKeys, '__proto__']) {
          const url = route.url.replace(
            /:[a-zA-Z]+/g,
            () => ids[Math.floor(Math.random() * ids.length)] as string,
          );
          for (const payload of [
            `{"${key}":1}`,
            `{"${key}":{"x":1},"version":1}`,
            `{"items":[{"${key}":"x"}]}`,
          ]) {
            const res = await t.app.inject({
              method: route.method as 'POST',
              url,
              headers: { cookie: cookies[caller] as string, 'content-type': 'application/json' },
              payload,
            });
            expect(
              res.statusCode,
              `${route.method} ${route.url} ${payload} → ${res.body.slice(0, 200)}`,
            ).toBeLessThan(500);
          }
        }
      }
    }
  });
});
