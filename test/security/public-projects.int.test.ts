/**
 * The public board (甘特图公示) leaks nothing: every public route (listed by the app, so a new one is checked
 * too) answers only the projects marked public, with only the fields the office chose — checked against an
 * allow-list — and never an id, a cadre's name (unless `leaders` is public), a contact, a private project or
 * another district's data. It needs no login, sets no cookie, and is rate-limited per address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPublicRoutes } from '../../src/server/app';
import { projectPublicFields } from '../../src/domain/vocabulary';
import { buildTenant, buildUnit, buildUser, loginAs } from '../helpers/factories';
import { seedProject } from '../helpers/projects';
import { createTestApp, dbKinds, type TestApp } from '../helpers/test-app';

const topFields = ['district', 'updatedAt', 'asOf', 'fields', 'projects'];
const nodeFields = [
  'name',
  'kind',
  'plannedStart',
  'plannedEnd',
  'baselineStart',
  'baselineEnd',
  'actualStart',
  'actualEnd',
  'late',
];
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe.each(dbKinds())('public projects leak nothing on %s', (kind) => {
  let t: TestApp;
  let office: string;
  let publicId: string;
  let secrets: string[];
  const save = (publicFields: string[]) =>
    t.app.inject({
      method: 'PUT',
      url: '/api/v1/projects/board/settings',
      headers: { cookie: office },
      payload: { publicFields, projectIds: [publicId] },
    });
  const urls = () =>
    listPublicRoutes(t.app)
      .filter((r) => r.url.endsWith('/projects'))
      .map((r) => r.url.replace(':slug', 'default'));

  beforeAll(async () => {
    t = await createTestApp(kind, { config: { publicRateLimitPerMinute: 1000 } });
    const street = await buildUnit(t, { name: '公开街道', kind: 'street' });
    const leader = await buildUser(t, { roles: ['leader'], displayName: '分包领导甲' });
    office = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    const reporter = await buildUser(t, {
      roles: ['unit_operator'],
      unitId: street.id,
      displayName: '填报员乙',
    });
    const shown = await seedProject(t, {
      name: '公开项目',
      contactName: '联系人丙',
      units: [{ unitId: street.id, role: 'street' }],
      leaderIds: [leader.id],
      nodes: [{ name: '开工', plannedStart: '2024-01-01', plannedEnd: '2024-02-01' }],
      plan: [{ month: 1, amount: '10.00' }],
      reports: [{ month: 1, amount: '10.00', status: 'approved' }],
      reporterId: reporter.id,
    });
    publicId = shown.id;
    await seedProject(t, { name: '内部项目丁', leaderIds: [leader.id] });
    const other = await buildTenant(t, '邻区戊');
    await seedProject(t, { tenantId: other, name: '邻区公开项目', isPublic: true });
    secrets = ['联系人丙', '13800000000', '填报员乙', '内部项目丁', '邻区戊', '邻区公开项目', shown.id];
  });
  afterAll(async () => t.close());

  it('lists its public routes (the board’s), each public', () => {
    const routes = listPublicRoutes(t.app).filter((r) => r.url.endsWith('/projects'));
    expect(routes.map((r) => `${r.method} ${r.url}`).sort()).toEqual([
      'GET /public/:slug/projects',
      'GET /public/api/:slug/projects',
    ]);
    for (const r of routes) expect(r.access).toBe('public');
  });

  for (const chosen of [
    ['name'],
    ['name', 'type', 'stage', 'street', 'plannedStart', 'plannedEnd', 'progressPct', 'light', 'nodes'],
    projectPublicFields.filter((f) => f !== 'leaders'),
    [...projectPublicFields],
  ]) {
    it(`answers only the allowed fields when ${chosen.length} fields are public`, async () => {
      expect((await save(chosen)).statusCode).toBe(200);
      const leadersShown = chosen.includes('leaders');
      for (const url of urls()) {
        const res = await t.app.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(200);
        expect(res.headers['set-cookie'], url).toBeUndefined();
        expect(res.body, url).not.toMatch(uuid);
        for (const secret of secrets) expect(res.body, `${url} leaks ${secret}`).not.toContain(secret);
        if (leadersShown) expect(res.body, url).toContain('分包领导甲');
        else expect(res.body, url).not.toContain('分包领导甲');
        if (!url.includes('/api/')) continue;
        const body = res.json() as Record<string, unknown> & { projects: Array<Record<string, unknown>> };
        expect(Object.keys(body).sort()).toEqual([...topFields].sort());
        expect(body.projects).toHaveLength(1);
        for (const p of body.projects) {
          expect(Object.keys(p).sort()).toEqual(['key', ...chosen].sort());
          for (const n of (p.nodes as Array<Record<string, unknown>> | undefined) ?? [])
            expect(Object.keys(n).sort()).toEqual([...nodeFields].sort());
        }
      }
    });
  }

  it('answers no project once none is public', async () => {
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/projects/board/settings',
      headers: { cookie: office },
      payload: { publicFields: ['name'], projectIds: [] },
    });
    const res = await t.app.inject({ method: 'GET', url: '/public/api/default/projects' });
    expect(res.json().projects).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/public/default/projects' })).body).not.toContain(
      '公开项目',
    );
  });
});

describe.each(dbKinds())('public projects rate limit on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { config: { publicRateLimitPerMinute: 3 } });
  });
  afterAll(async () => t.close());

  it('more requests per minute from one address than allowed answer 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await t.app.inject({ method: 'GET', url: '/public/api/default/projects' })).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });
});
