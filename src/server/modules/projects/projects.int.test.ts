import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKinds } from '../../../../test/helpers/test-app';
import { buildProjectWorld, fieldsOf, type ProjectWorld } from './projects.fixtures.test-helpers';
import type { TProject, TProjectList } from './projects.schemas';

describe.each(dbKinds())('key projects: the register on %s', (kind) => {
  let w: ProjectWorld;
  beforeAll(async () => {
    w = await buildProjectWorld(kind);
  });
  afterAll(async () => w.t.close());

  it('registers a project with a server-made code, money as exact two-decimal strings, and audits it', async () => {
    const p = await w.create({ totalInvestment: '1234.5', carryOver: '0.1' });
    expect(p).toMatchObject({
      code: '2026-XM-001',
      name: '智能制造产业园',
      type: '工业',
      stage: 'construction',
      totalInvestment: '1234.50',
      carryOver: '0.10',
      annualPlan: '1200.00',
      completedThisYear: '0.00',
      streetUnitId: w.streetA,
      streetUnitName: '东城街道',
      leaderIds: [w.ids.leader],
      leaderNames: ['王区长'],
      version: 1,
      isPublic: false,
    });
    expect(p.monthlyPlan).toHaveLength(12);
    expect(p.monthlyPlan[0]).toEqual({ month: 1, amount: '100.00' });
    expect(p.abilities).toMatchObject({ update: true, review: true, report: false, delete: false });
    expect(p.units.map((u) => u.role)).toEqual(['street', 'command_post']);
    const second = await w.create({ name: '第二个' });
    expect(second.code).toBe('2026-XM-002');
    const audit = await w.t.app.inject({
      method: 'GET',
      url: `/api/v1/audit?entityId=${p.id}`,
      headers: { cookie: await auditor(w) },
    });
    expect(audit.body).toContain('project.created');
  });

  it('reads a project as the office, a leader, the street and the command post; another unit and district get 404', async () => {
    const p = await w.create();
    for (const who of ['sup', 'leader', 'leader2', 'opA', 'headA', 'opB'] as const)
      expect((await w.call(who, 'GET', `/api/v1/projects/${p.id}`)).statusCode, who).toBe(200);
    for (const who of ['opC', 'foreignSup'] as const)
      expect((await w.call(who, 'GET', `/api/v1/projects/${p.id}`)).statusCode, who).toBe(404);
    expect((await w.call('admin', 'GET', `/api/v1/projects/${p.id}`)).statusCode).toBe(403);
    const asStreet = (await w.call('opA', 'GET', `/api/v1/projects/${p.id}`)).json() as TProject;
    expect(asStreet.abilities).toMatchObject({ report: true, update: false, review: false });
  });

  it('lists with filters and {items,total}; a unit sees only its projects', async () => {
    const a = await w.create({ name: '城建甲', type: '城建', leaderIds: [w.ids.leader2] });
    const b = await w.create({ name: '城建乙', type: '城建', units: [{ unitId: w.deptC, role: 'guide' }] });
    const list = async (who: 'sup' | 'opA' | 'opC', q: string) =>
      (await w.call(who, 'GET', `/api/v1/projects?${q}`)).json() as TProjectList;
    expect((await list('sup', 'type=城建')).items.map((i) => i.id)).toEqual([a.id, b.id]);
    expect((await list('sup', 'type=城建')).total).toBe(2);
    expect((await list('sup', `leaderId=${w.ids.leader2}`)).items.map((i) => i.id)).toEqual([a.id]);
    expect((await list('sup', `streetUnitId=${w.streetA}&type=城建`)).items.map((i) => i.id)).toEqual([a.id]);
    expect((await list('sup', 'q=城建乙')).items.map((i) => i.id)).toEqual([b.id]);
    expect((await list('opC', 'type=城建')).items.map((i) => i.id)).toEqual([b.id]);
    expect((await list('opA', 'type=城建')).items.map((i) => i.id)).toEqual([a.id]);
    const paged = await list('sup', 'pageSize=1&page=2');
    expect(paged.items).toHaveLength(1);
    expect(paged.total).toBeGreaterThan(2);
    const foreign = (await w.call('foreignSup', 'GET', '/api/v1/projects')).json() as TProjectList;
    expect(foreign.total).toBe(0);
    const green = await list('sup', 'light=green&type=城建');
    expect(green.total + (await list('sup', 'light=yellow&type=城建')).total).toBeLessThanOrEqual(2);
  });

  it('edits with version (409 when stale), replacing lists, and audits the change', async () => {
    const p = await w.create();
    const res = await w.call('sup', 'PATCH', `/api/v1/projects/${p.id}`, {
      version: 1,
      name: '改名后的项目',
      leaderIds: [w.ids.leader, w.ids.leader2],
      annualPlan: '999.99',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: '改名后的项目', version: 2, annualPlan: '999.99' });
    expect((res.json() as TProject).leaderNames).toEqual(['王区长', '李副区长']);
    const stale = await w.call('sup', 'PATCH', `/api/v1/projects/${p.id}`, { version: 1, name: '旧' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: 'VERSION_CONFLICT', details: { currentVersion: 2 } },
    });
    expect(
      (await w.call('opA', 'PATCH', `/api/v1/projects/${p.id}`, { version: 2, name: 'x' })).statusCode,
    ).toBe(403);
    expect(
      (await w.call('foreignSup', 'PATCH', `/api/v1/projects/${p.id}`, { version: 2, name: 'x' })).statusCode,
    ).toBe(404);
  });

  it('refuses bad input with 422 naming the field, and changes nothing', async () => {
    const p = await w.create();
    const bad = async (payload: object) => {
      const res = await w.call('sup', 'PATCH', `/api/v1/projects/${p.id}`, { version: 1, ...payload });
      expect(res.statusCode, res.body).toBe(422);
      return fieldsOf(res);
    };
    expect(await bad({ totalInvestment: '-5.00' })).toEqual(['totalInvestment']);
    expect(await bad({ annualPlan: '1.234' })).toEqual(['annualPlan']);
    expect(await bad({ annualPlan: 12 })).toEqual(['annualPlan']);
    expect(await bad({ monthlyPlan: [{ month: 13, amount: '1.00' }] })).toEqual(['monthlyPlan.0.month']);
    expect(await bad({ monthlyPlan: [{ month: 2, amount: '-1.00' }] })).toEqual(['monthlyPlan.0.amount']);
    expect(
      await bad({
        monthlyPlan: [
          { month: 2, amount: '1.00' },
          { month: 2, amount: '1.00' },
        ],
      }),
    ).toEqual(['monthlyPlan.1.month']);
    expect(await bad({ type: '不存在的类型' })).toEqual(['type']);
    expect(await bad({ stage: 'suspended' })).toEqual(['stageReason']);
    expect(await bad({ plannedStart: '2026-06-01', plannedEnd: '2026-05-01' })).toEqual(['plannedEnd']);
    expect(await bad({ leaderIds: [w.ids.opA] })).toEqual(['leaderIds.0']);
    expect(await bad({ units: [{ unitId: '00000000-0000-7000-8000-000000000009', role: 'guide' }] })).toEqual(
      ['units.0.unitId'],
    );
    expect(
      await bad({
        units: [
          { unitId: w.streetA, role: 'street' },
          { unitId: w.deptB, role: 'street' },
        ],
      }),
    ).toEqual(['units']);
    const after = (await w.call('sup', 'GET', `/api/v1/projects/${p.id}`)).json() as TProject;
    expect(after.version).toBe(1);
    expect(after.totalInvestment).toBe('50000.00');
    const created = await w.call('sup', 'POST', '/api/v1/projects', {
      name: 'x',
      type: '工业',
      source: 'government',
      year: 2026,
      annualPlan: '-0.01',
    });
    expect(created.statusCode).toBe(422);
    expect(fieldsOf(created)).toEqual(['annualPlan']);
  });

  it('suspends with a reason, clears it on resuming, and keeps a terminated project terminated', async () => {
    const p = await w.create();
    const s = await w.call('sup', 'PATCH', `/api/v1/projects/${p.id}`, {
      version: 1,
      stage: 'suspended',
      stageReason: '资金未到位',
    });
    expect(s.json()).toMatchObject({ stage: 'suspended', stageReason: '资金未到位', light: 'green' });
    const r = await w.call('sup', 'PATCH', `/api/v1/projects/${p.id}`, { version: 2, stage: 'construction' });
    expect(r.json()).toMatchObject({ stage: 'construction', stageReason: null });
    await w.call('sup', 'PATCH', `/api/v1/projects/${p.id}`, {
      version: 3,
      stage: 'terminated',
      stageReason: '终止',
    });
    const back = await w.call('sup', 'PATCH', `/api/v1/projects/${p.id}`, { version: 4, stage: 'planning' });
    expect(back.statusCode).toBe(422);
    expect(fieldsOf(back)).toEqual(['stage']);
  });

  it('deletes only a planning project without reports (409 otherwise), as the office', async () => {
    const planning = await w.create({ stage: 'planning' });
    const building = await w.create();
    expect((await w.call('sup', 'DELETE', `/api/v1/projects/${building.id}`)).statusCode).toBe(409);
    expect((await w.call('opA', 'DELETE', `/api/v1/projects/${planning.id}`)).statusCode).toBe(403);
    expect((await w.call('foreignSup', 'DELETE', `/api/v1/projects/${planning.id}`)).statusCode).toBe(404);
    expect((await w.call('sup', 'DELETE', `/api/v1/projects/${planning.id}?version=1`)).statusCode).toBe(204);
    expect((await w.call('sup', 'GET', `/api/v1/projects/${planning.id}`)).statusCode).toBe(404);
    const reported = await w.create({ stage: 'planning' });
    const rep = await w.call('opA', 'POST', `/api/v1/projects/${reported.id}/reports`, {
      year: 2026,
      month: 3,
      amount: '1.00',
    });
    expect(rep.statusCode, rep.body).toBe(201);
    expect((await w.call('sup', 'DELETE', `/api/v1/projects/${reported.id}`)).statusCode).toBe(409);
  });
});

async function auditor(w: ProjectWorld): Promise<string> {
  const { buildUser, loginAs } = await import('../../../../test/helpers/factories');
  return loginAs(w.t, await buildUser(w.t, { roles: ['auditor'] }));
}
