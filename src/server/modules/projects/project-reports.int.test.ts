import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds } from '../../../../test/helpers/test-app';
import { buildProjectWorld, fieldsOf, type ProjectWorld } from './projects.fixtures.test-helpers';
import type {
  TProject,
  TProjectLights,
  TProjectNodes,
  TProjectReport,
  TProjectReports,
} from './projects.schemas';

describe.each(dbKinds())('key projects: monthly reports and lights on %s', (kind) => {
  let w: ProjectWorld;
  beforeAll(async () => {
    w = await buildProjectWorld(kind);
  });
  afterAll(async () => w.t.close());

  const report = (projectId: string, body: object, who: 'opA' | 'headA' | 'opB' | 'opC' | 'sup' = 'opA') =>
    w.call(who, 'POST', `/api/v1/projects/${projectId}/reports`, { year: 2026, ...body });

  it('the street reports a month; the office approves it and its node dates reach the nodes', async () => {
    const p = await w.create();
    const nodeId = randomUUID();
    await w.call('sup', 'PUT', `/api/v1/projects/${p.id}/nodes`, {
      version: 1,
      nodes: [
        {
          id: nodeId,
          name: '立项',
          kind: 'procedure',
          plannedStart: '2026-01-01',
          plannedEnd: '2026-03-31',
          dependsOn: [],
        },
      ],
    });
    const res = await report(p.id, {
      month: 3,
      amount: '250.50',
      imageProgress: '主体施工至三层',
      nodeUpdates: [{ nodeId, actualStart: '2026-01-03', actualEnd: '2026-03-28' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json() as TProjectReport;
    expect(r).toMatchObject({
      month: 3,
      amount: '250.50',
      status: 'submitted',
      submittedByName: '街道联络员',
      abilities: { review: false, correct: true },
    });
    for (const who of ['opB', 'opC', 'sup'] as const)
      expect((await report(p.id, { month: 2, amount: '1.00' }, who)).statusCode, who).toBe(
        who === 'opC' ? 404 : 403,
      );
    const retry = await report(p.id, {
      month: 3,
      amount: '250.5',
      imageProgress: '主体施工至三层',
      nodeUpdates: [{ nodeId, actualStart: '2026-01-03', actualEnd: '2026-03-28' }],
    });
    expect(retry.statusCode).toBe(201);
    expect((retry.json() as TProjectReport).id).toBe(r.id);
    const again = await report(p.id, { month: 3, amount: '1.00' }, 'headA');
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'REPORT_EXISTS', details: { reportId: r.id } } });
    const listed = (await w.call('sup', 'GET', `/api/v1/projects/${p.id}/reports`)).json() as TProjectReports;
    expect(listed.items.map((i) => i.abilities)).toEqual([{ review: true, correct: false }]);
    expect((await w.call('opC', 'GET', `/api/v1/projects/${p.id}/reports`)).statusCode).toBe(404);
    const ok = await w.call('sup', 'POST', `/api/v1/projects/${p.id}/reports/${r.id}/approve`, {
      version: 1,
    });
    expect(ok.json()).toMatchObject({ status: 'approved', version: 2 });
    const nodes = ((await w.call('sup', 'GET', `/api/v1/projects/${p.id}/nodes`)).json() as TProjectNodes)
      .items;
    expect(nodes[0]).toMatchObject({ actualStart: '2026-01-03', actualEnd: '2026-03-28', late: false });
    expect(
      (await w.call('sup', 'POST', `/api/v1/projects/${p.id}/reports/${r.id}/approve`, {})).statusCode,
    ).toBe(409);
    const fixed = await w.call('opA', 'PATCH', `/api/v1/projects/${p.id}/reports/${r.id}`, {
      version: 2,
      amount: '1.00',
    });
    expect(fixed.statusCode).toBe(409);
  });

  it('a returned report is corrected with its version and submitted again', async () => {
    const p = await w.create();
    const r = (await report(p.id, { month: 1, amount: '90.00' })).json() as TProjectReport;
    const noComment = await w.call('sup', 'POST', `/api/v1/projects/${p.id}/reports/${r.id}/return`, {});
    expect(noComment.statusCode).toBe(422);
    expect(fieldsOf(noComment)).toEqual(['comment']);
    const back = await w.call('sup', 'POST', `/api/v1/projects/${p.id}/reports/${r.id}/return`, {
      comment: '与台账不符',
    });
    expect(back.json()).toMatchObject({
      status: 'returned',
      reviewComment: '与台账不符',
      abilities: { review: false, correct: false },
    });
    expect(
      (await w.call('opA', 'POST', `/api/v1/projects/${p.id}/reports/${r.id}/approve`, {})).statusCode,
    ).toBe(403);
    const stale = await w.call('opA', 'PATCH', `/api/v1/projects/${p.id}/reports/${r.id}`, {
      version: 1,
      amount: '95.00',
    });
    expect(stale.statusCode).toBe(409);
    const fixed = await w.call('opA', 'PATCH', `/api/v1/projects/${p.id}/reports/${r.id}`, {
      version: 2,
      amount: '95.00',
    });
    expect(fixed.json()).toMatchObject({ status: 'submitted', amount: '95.00', version: 3 });
    expect((await w.call('foreignSup', 'GET', `/api/v1/projects/${p.id}/reports`)).statusCode).toBe(404);
    expect(
      (await w.call('sup', 'POST', `/api/v1/projects/${p.id}/reports/not-an-id/approve`, {})).statusCode,
    ).toBe(404);
  });

  it('refuses a future month, another year, a negative or three-decimal amount and bad node dates, naming the field', async () => {
    const p = await w.create();
    const bad = async (body: object) => {
      const res = await report(p.id, body);
      expect(res.statusCode, res.body).toBe(422);
      return fieldsOf(res);
    };
    expect(await bad({ month: 5, amount: '1.00' })).toEqual(['month']);
    expect(await bad({ year: 2025, month: 12, amount: '1.00' })).toEqual(['month']);
    expect(await bad({ month: 0, amount: '1.00' })).toEqual(['month']);
    expect(await bad({ month: 2, amount: '-1.00' })).toEqual(['amount']);
    expect(await bad({ month: 2, amount: '1.005' })).toEqual(['amount']);
    expect(
      await bad({
        month: 2,
        amount: '1.00',
        nodeUpdates: [{ nodeId: randomUUID(), actualStart: null, actualEnd: null }],
      }),
    ).toEqual(['nodeUpdates.0.nodeId']);
    expect(await bad({ month: 2, amount: '1.00', photoIds: [randomUUID()] })).toEqual(['photoIds.0']);
    expect(
      ((await w.call('sup', 'GET', `/api/v1/projects/${p.id}/reports`)).json() as TProjectReports).items,
    ).toEqual([]);
  });

  it('adds amounts exactly: 0.10 + 0.20 = 0.30', async () => {
    const p = await w.create({ annualPlan: '0.30', monthlyPlan: [] });
    await report(p.id, { month: 1, amount: '0.10' });
    await report(p.id, { month: 2, amount: '0.2' });
    const got = (await w.call('sup', 'GET', `/api/v1/projects/${p.id}`)).json() as TProject;
    expect(got).toMatchObject({ completedThisYear: '0.30', progressPct: 100 });
  });

  it('lights through the API at their boundaries (asOf): exactly 10% behind is yellow, 20% red', async () => {
    // Plan 100.00 a month; as of 2026-03-31 the plan to date is 300.00. Feb is reported, so no_report stays quiet.
    const p = await w.create();
    const jan = (await report(p.id, { month: 1, amount: '270.00' })).json() as TProjectReport;
    await report(p.id, { month: 2, amount: '0.00' });
    const light = async (asOf: string) =>
      (
        (await w.call('sup', 'GET', `/api/v1/projects/lights?asOf=${asOf}`)).json() as TProjectLights
      ).items.find((i) => i.projectId === p.id);
    expect(await light('2026-03-31')).toEqual({
      projectId: p.id,
      light: 'yellow',
      reasons: ['investment_behind'],
    });
    let version = jan.version;
    const setJan = async (amount: string) => {
      const res = await w.call('opA', 'PATCH', `/api/v1/projects/${p.id}/reports/${jan.id}`, {
        version,
        amount,
      });
      expect(res.statusCode, res.body).toBe(200);
      version = (res.json() as TProjectReport).version;
    };
    await setJan('270.01');
    expect((await light('2026-03-31'))?.light).toBe('green');
    await setJan('240.00');
    expect(await light('2026-03-31')).toMatchObject({ light: 'red', reasons: ['investment_behind'] });
    await setJan('240.01');
    expect((await light('2026-03-31'))?.light).toBe('yellow');
    // March unreported: missing from April 6 on (report day 5), not on the 5th.
    await setJan('400.00');
    expect((await light('2026-04-05'))?.light).toBe('green');
    expect(await light('2026-04-06')).toMatchObject({ light: 'yellow', reasons: ['no_report'] });
    const lights = (
      await w.call('opC', 'GET', '/api/v1/projects/lights?asOf=2026-03-31')
    ).json() as TProjectLights;
    expect(lights.items.map((i) => i.projectId)).not.toContain(p.id);
    expect((await w.call('sup', 'GET', '/api/v1/projects/lights?asOf=2026-02-30')).statusCode).toBe(422);
  });
});
