/**
 * A submission retried after a lost answer (same author, same payload, report not yet signed or reviewed)
 * is answered with the stored report and changes nothing; anything else on the same task+period is still a
 * conflict. Two identical submissions racing each other never make two reports.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/server/db/client';
import { buildDecisionWithTask, buildUnit, buildUser, loginAs } from '../helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../helpers/test-app';

describe.each(dbKinds())('retried report submission on %s', (kind) => {
  let t: TestApp;
  let operator: string;
  let otherOperator: string;
  let supervisor: string;
  let taskId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    const unit = await buildUnit(t);
    operator = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: unit.id }));
    otherOperator = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: unit.id }));
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    ({ taskId } = await buildDecisionWithTask(t, { leadUnitId: unit.id, status: 'in_progress' }));
  });
  afterAll(async () => t.close());

  const submit = (cookie: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/v1/tasks/${taskId}/reports`, headers: { cookie }, payload });
  const counts = async (reportId: string, period: string) =>
    (
      await queryRows<{ reports: number; events: number; audits: number }>(
        t.db.orm,
        sql`SELECT (SELECT count(*)::int FROM reports WHERE task_id = ${taskId} AND period = ${period}) AS reports,
                   (SELECT count(*)::int FROM report_events WHERE report_id = ${reportId}) AS events,
                   (SELECT count(*)::int FROM audit_events WHERE entity_id = ${reportId} AND action = 'report.submitted') AS audits`,
      )
    )[0];

  it('answers an identical retry with the same report and records nothing more', async () => {
    const payload = {
      period: '2024-03',
      progress: 40,
      narrative: '完成选址',
      problems: null,
      nextSteps: '开工',
    };
    const first = await submit(operator, payload);
    expect(first.statusCode).toBe(201);
    const again = await submit(operator, payload);
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    expect(again.json().version).toBe(first.json().version);
    expect(await counts(first.json().id, '2024-03')).toEqual({ reports: 1, events: 1, audits: 1 });
  });

  it('refuses a different payload, another author, or a report already reviewed for the same period (409)', async () => {
    const payload = { period: '2024-02', progress: 50, narrative: '主体施工' };
    const first = await submit(operator, payload);
    expect(first.statusCode).toBe(201);
    expect((await submit(operator, { ...payload, progress: 55 })).statusCode).toBe(409);
    expect((await submit(otherOperator, payload)).statusCode).toBe(409);
    const review = await t.app.inject({
      method: 'POST',
      url: `/api/v1/reports/${first.json().id}/review`,
      headers: { cookie: supervisor },
      payload: { decision: 'approve' },
    });
    expect(review.statusCode).toBe(200);
    expect((await submit(operator, payload)).statusCode).toBe(409);
    expect(await counts(first.json().id, '2024-02')).toEqual({ reports: 1, events: 2, audits: 1 });
  });

  it('two identical submissions racing each other make one report (the loser gets 201 by replay or 409, never 5xx)', async () => {
    const payload = { period: '2024-01', progress: 60, narrative: '竣工验收准备' };
    const answers = await Promise.all([
      submit(operator, payload),
      submit(operator, payload),
      submit(operator, payload),
    ]);
    for (const a of answers) expect([201, 409]).toContain(a.statusCode);
    const ids = new Set(answers.filter((a) => a.statusCode === 201).map((a) => a.json().id));
    expect(ids.size).toBe(1);
    expect(await counts([...ids][0] as string, '2024-01')).toEqual({ reports: 1, events: 1, audits: 1 });
  });
});
