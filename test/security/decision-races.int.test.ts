/**
 * Racing decisions (issue #11, finding 4): two decisions on one report or request sent at the same moment.
 * Each state transition takes its row's lock before reading the status (src/server/db/row-lock.ts), so
 * exactly one wins, the other gets 409, and none of the loser's side effects (events, audit, due date,
 * progress) are written. PGlite runs one transaction at a time, so the races are real only on PostgreSQL:
 * this suite runs when LUOSHI_TEST_PG is set, like the other PostgreSQL-only tests.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/client';
import { withSystemTx } from '../../src/server/db/tx';
import { reports, taskRequests, tasks } from '../../src/server/db/schema';
import { buildDecisionWithTask, buildUnit, buildUser, loginAs } from '../helpers/factories';
import { createTestApp, type TestApp } from '../helpers/test-app';

const rounds = 10;
const onPostgres = Boolean(process.env.LUOSHI_TEST_PG);

describe.skipIf(!onPostgres)('racing decisions on postgres', () => {
  let t: TestApp;
  let unitId: string;
  let operator: string;
  let head: string;
  let supervisors: [string, string];

  beforeAll(async () => {
    t = await createTestApp('postgres');
    unitId = (await buildUnit(t)).id;
    operator = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId }));
    head = await loginAs(t, await buildUser(t, { roles: ['unit_head'], unitId }));
    supervisors = [
      await loginAs(t, await buildUser(t, { roles: ['supervisor'] })),
      await loginAs(t, await buildUser(t, { roles: ['supervisor'] })),
    ];
  });
  afterAll(async () => t?.close());

  const post = (cookie: string, url: string, payload: unknown = {}) =>
    t.app.inject({ method: 'POST', url, headers: { cookie }, payload: payload as Record<string, unknown> });

  async function taskInProgress(): Promise<string> {
    const { taskId } = await buildDecisionWithTask(t, { leadUnitId: unitId, status: 'in_progress' });
    return taskId;
  }

  async function submittedReport(): Promise<{ taskId: string; reportId: string }> {
    const taskId = await taskInProgress();
    const res = await post(operator, `/api/v1/tasks/${taskId}/reports`, {
      period: '2024-02',
      progress: 40,
      narrative: '按计划推进',
    });
    expect(res.statusCode).toBe(201);
    return { taskId, reportId: res.json().id };
  }

  /** How many report events and audit events of each action the report has. */
  async function reportTrail(reportId: string) {
    return withSystemTx(t.db, async (tx) => ({
      events: await queryRows<{ action: string; n: number }>(
        tx,
        sql`SELECT action, count(*)::int AS n FROM report_events WHERE report_id = ${reportId} AND action <> 'submit' GROUP BY action ORDER BY action`,
      ),
      audit: await queryRows<{ action: string; n: number }>(
        tx,
        sql`SELECT action, count(*)::int AS n FROM audit_events WHERE entity_id = ${reportId} AND action <> 'report.submitted' GROUP BY action ORDER BY action`,
      ),
      report: (await tx.select().from(reports).where(eq(reports.id, reportId)))[0],
    }));
  }

  const taskRow = (id: string) =>
    withSystemTx(t.db, async (tx) => (await tx.select().from(tasks).where(eq(tasks.id, id)))[0]);

  it('two simultaneous approvals of a report: one approve event', { timeout: 120_000 }, async () => {
    for (let round = 0; round < rounds; round++) {
      const { reportId } = await submittedReport();
      const answers = await Promise.all(
        supervisors.map((s) => post(s, `/api/v1/reports/${reportId}/review`, { decision: 'approve' })),
      );
      expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
      const trail = await reportTrail(reportId);
      expect(trail.events).toEqual([{ action: 'approve', n: 1 }]);
      expect(trail.audit).toEqual([{ action: 'report.approved', n: 1 }]);
    }
  });

  it(
    'approve and return at once: the report and the task follow the winner only',
    { timeout: 120_000 },
    async () => {
      for (let round = 0; round < rounds; round++) {
        const { taskId, reportId } = await submittedReport();
        const [approve, back] = await Promise.all([
          post(supervisors[0], `/api/v1/reports/${reportId}/review`, { decision: 'approve' }),
          post(supervisors[1], `/api/v1/reports/${reportId}/review`, {
            decision: 'return',
            comment: '请补充数据',
          }),
        ]);
        expect([approve.statusCode, back.statusCode].sort()).toEqual([200, 409]);
        const trail = await reportTrail(reportId);
        const task = await taskRow(taskId);
        if (approve.statusCode === 200) {
          expect(trail.report?.status).toBe('approved');
          expect(task?.progress).toBe(40);
          expect(trail.events).toEqual([{ action: 'approve', n: 1 }]);
        } else {
          expect(trail.report?.status).toBe('returned');
          expect(task?.progress).toBe(0);
          expect(trail.events).toEqual([{ action: 'return', n: 1 }]);
        }
      }
    },
  );

  it(
    'approve and sign at once: never an approved report signed afterwards',
    { timeout: 120_000 },
    async () => {
      for (let round = 0; round < rounds; round++) {
        const { reportId } = await submittedReport();
        const [approve, sign] = await Promise.all([
          post(supervisors[0], `/api/v1/reports/${reportId}/review`, { decision: 'approve' }),
          post(head, `/api/v1/reports/${reportId}/sign`),
        ]);
        expect(approve.statusCode).toBe(200);
        const trail = await reportTrail(reportId);
        // Either the sign-off came first (then the approval, both 200) or the approval did and the late
        // sign-off was refused: the report always ends approved, with one event per 200.
        expect(trail.report?.status).toBe('approved');
        if (sign.statusCode === 200)
          expect(trail.events).toEqual([
            { action: 'approve', n: 1 },
            { action: 'sign', n: 1 },
          ]);
        else {
          expect(sign.statusCode).toBe(409);
          expect(trail.events).toEqual([{ action: 'approve', n: 1 }]);
        }
      }
    },
  );

  const requestRow = (id: string) =>
    withSystemTx(
      t.db,
      async (tx) => (await tx.select().from(taskRequests).where(eq(taskRequests.id, id)))[0],
    );
  const decisionsAudited = (id: string) =>
    withSystemTx(t.db, (tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = ${id} AND action IN ('request.approved', 'request.rejected')`,
      ),
    );

  it(
    'extension approve and reject at once: the due date moves only if the approval won',
    { timeout: 120_000 },
    async () => {
      for (let round = 0; round < rounds; round++) {
        const taskId = await taskInProgress();
        const asked = await post(operator, `/api/v1/tasks/${taskId}/extension-requests`, {
          newDueDate: '2025-06-30',
          reason: '征地延后',
        });
        expect(asked.statusCode).toBe(201);
        const requestId = asked.json().id as string;
        const [approve, reject] = await Promise.all([
          post(supervisors[0], `/api/v1/requests/${requestId}/decide`, { decision: 'approve' }),
          post(supervisors[1], `/api/v1/requests/${requestId}/decide`, {
            decision: 'reject',
            comment: '理由不充分',
          }),
        ]);
        expect([approve.statusCode, reject.statusCode].sort()).toEqual([200, 409]);
        const request = await requestRow(requestId);
        const task = await taskRow(taskId);
        if (approve.statusCode === 200) {
          expect(request?.status).toBe('approved');
          expect(task?.dueDate).toBe('2025-06-30');
        } else {
          expect(request?.status).toBe('rejected');
          expect(task?.dueDate).toBe('2024-12-31');
        }
        expect((await decisionsAudited(requestId))[0]?.n).toBe(1);
      }
    },
  );

  it(
    'completion approve and reject at once: the task is completed only if the approval won',
    { timeout: 120_000 },
    async () => {
      for (let round = 0; round < rounds; round++) {
        const taskId = await taskInProgress();
        const asked = await post(operator, `/api/v1/tasks/${taskId}/completion-requests`, {
          summary: '全部完成',
        });
        expect(asked.statusCode).toBe(201);
        const requestId = asked.json().id as string;
        const [approve, reject] = await Promise.all([
          post(supervisors[0], `/api/v1/requests/${requestId}/decide`, { decision: 'approve' }),
          post(supervisors[1], `/api/v1/requests/${requestId}/decide`, {
            decision: 'reject',
            comment: '材料不全',
          }),
        ]);
        expect([approve.statusCode, reject.statusCode].sort()).toEqual([200, 409]);
        const request = await requestRow(requestId);
        const task = await taskRow(taskId);
        if (approve.statusCode === 200) {
          expect(request?.status).toBe('approved');
          expect([task?.status, task?.progress]).toEqual(['completed', 100]);
        } else {
          expect(request?.status).toBe('rejected');
          expect([task?.status, task?.progress]).toEqual(['in_progress', 0]);
        }
        expect((await decisionsAudited(requestId))[0]?.n).toBe(1);
      }
    },
  );

  it(
    'other transitions race safely too: a rectification verified and rejected at once',
    { timeout: 120_000 },
    async () => {
      for (let round = 0; round < rounds; round++) {
        const inspection = await post(supervisors[0], '/api/v1/inspections', {
          date: '2024-02-20',
          team: '督查组',
          places: '现场',
          findings: [{ finding: '台账不全', unitId, deadline: '2024-03-20' }],
        });
        expect(inspection.statusCode).toBe(201);
        const rectification = inspection.json().rectifications[0] as { id: string; version: number };
        const submitted = await post(operator, `/api/v1/rectifications/${rectification.id}/submit`, {
          measures: '已补齐',
          version: rectification.version,
        });
        expect(submitted.statusCode).toBe(200);
        const version = submitted.json().version as number;
        const answers = await Promise.all([
          post(supervisors[0], `/api/v1/rectifications/${rectification.id}/verify`, {
            decision: 'verify',
            version,
          }),
          post(supervisors[1], `/api/v1/rectifications/${rectification.id}/verify`, {
            decision: 'reject',
            comment: '不合格',
            version,
          }),
        ]);
        expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
        const audited = await withSystemTx(t.db, (tx) =>
          queryRows<{ n: number }>(
            tx,
            sql`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = ${rectification.id} AND action LIKE 'rectification.%' AND action <> 'rectification.submitted'`,
          ),
        );
        expect(audited[0]?.n).toBe(1);
      }
    },
  );

  it('a report approved twice never changes the task twice (row and audit agree)', async () => {
    const { taskId, reportId } = await submittedReport();
    const answers = await Promise.all(
      [0, 1, 2, 3].map((i) =>
        post(supervisors[i % 2] as string, `/api/v1/reports/${reportId}/review`, { decision: 'approve' }),
      ),
    );
    expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.statusCode === 409)).toHaveLength(3);
    const [row] = await withSystemTx(t.db, (tx) =>
      tx
        .select()
        .from(reports)
        .where(and(eq(reports.id, reportId), eq(reports.taskId, taskId))),
    );
    expect(row?.version).toBe(2);
  });
});
