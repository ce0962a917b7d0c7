/** Forgiving decision forms (issue 18): a duplicate title on the same date asks first; a decision without published tasks can be deleted. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, buildUser, loginAs } from './helpers/factories';
import { createTestApp, dbKinds, type TestApp } from './helpers/test-app';

describe.each(dbKinds())('decision forms on %s', (kind) => {
  let t: TestApp;
  let supervisor: string;
  let unitId: string;
  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: supervisor }, ...(payload ? { payload } : {}) });
  const decision = { title: '区委全会', kind: 'plenary', date: '2024-01-05', source: 'district_direct' };

  beforeAll(async () => {
    t = await createTestApp(kind);
    unitId = (await buildUnit(t, { name: '区发改委' })).id;
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
  });
  afterAll(async () => t.close());

  it('answers 409 DUPLICATE_DECISION for the same title on the same date unless confirmed', async () => {
    const first = await call('POST', '/api/v1/decisions', decision);
    expect(first.statusCode).toBe(201);
    const again = await call('POST', '/api/v1/decisions', decision);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('DUPLICATE_DECISION');
    expect(again.json().error.details.decisionId).toBe(first.json().id);
    expect((await call('GET', '/api/v1/decisions?q=区委全会')).json().total).toBe(1);
    expect((await call('POST', '/api/v1/decisions', { ...decision, date: '2024-01-06' })).statusCode).toBe(
      201,
    );
    expect(
      (await call('POST', '/api/v1/decisions', { ...decision, confirmDuplicate: true })).statusCode,
    ).toBe(201);
  });

  it('deletes a decision with drafts only (audited), and refuses one with a published task', async () => {
    const draftOnly = (await call('POST', '/api/v1/decisions', { ...decision, title: '误建的决策' })).json();
    expect(
      (
        await call('POST', '/api/v1/tasks', {
          decisionId: draftOnly.id,
          title: '草稿',
          leadUnitId: unitId,
          startDate: '2024-01-05',
          dueDate: '2024-12-31',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await call('DELETE', `/api/v1/decisions/${draftOnly.id}?version=${draftOnly.version + 1}`)).statusCode,
    ).toBe(409);
    expect(
      (await call('DELETE', `/api/v1/decisions/${draftOnly.id}?version=${draftOnly.version}`)).statusCode,
    ).toBe(204);
    expect((await call('GET', `/api/v1/decisions/${draftOnly.id}`)).statusCode).toBe(404);
    const audit = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit?action=decision.deleted',
      headers: { cookie: await loginAs(t, await buildUser(t, { roles: ['auditor'] })) },
    });
    expect(JSON.stringify(audit.json())).toContain(draftOnly.id);

    const kept = (await call('POST', '/api/v1/decisions', { ...decision, title: '已下发的决策' })).json();
    expect(
      (
        await call('POST', '/api/v1/tasks', {
          decisionId: kept.id,
          title: '任务',
          leadUnitId: unitId,
          startDate: '2024-01-05',
          dueDate: '2024-12-31',
        })
      ).statusCode,
    ).toBe(201);
    expect((await call('POST', `/api/v1/decisions/${kept.id}/publish`)).statusCode).toBe(200);
    const current = (await call('GET', `/api/v1/decisions/${kept.id}`)).json();
    const refused = await call('DELETE', `/api/v1/decisions/${kept.id}?version=${current.version}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('DECISION_HAS_PUBLISHED_TASKS');
    expect((await call('GET', `/api/v1/decisions/${kept.id}`)).statusCode).toBe(200);
  });
});
