import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { seedProject } from '../../../../test/helpers/projects';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import { withSystemTx } from '../../db/tx';
import { projects } from '../../db/schema';
import { eq } from 'drizzle-orm';
import { posterPixelWidth } from './board-poster';

describe.each(dbKinds())('project board on %s', (kind) => {
  let t: TestApp;
  let office: string;
  let unitUser: string;
  let shown: { id: string; code: string; name: string };
  let hidden: { id: string; code: string; name: string };
  let foreign: { id: string };
  const get = (url: string, cookie?: string) =>
    t.app.inject({ method: 'GET', url, ...(cookie ? { headers: { cookie } } : {}) });
  const put = (payload: object, cookie = office) =>
    t.app.inject({ method: 'PUT', url: '/api/v1/projects/board/settings', headers: { cookie }, payload });

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set(new Date('2024-07-15T02:00:00Z'));
    const street = await buildUnit(t, { name: '城关街道', kind: 'street' });
    const leader = await buildUser(t, { roles: ['leader'], displayName: '王分包' });
    office = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    const reporter = await buildUser(t, { roles: ['unit_operator'], unitId: street.id });
    unitUser = await loginAs(t, reporter);
    shown = await seedProject(t, {
      name: '智能装备产业园',
      units: [{ unitId: street.id, role: 'street' }],
      leaderIds: [leader.id],
      nodes: [
        { name: '施工许可', plannedStart: '2024-02-01', plannedEnd: '2024-04-30', actualStart: '2024-02-10' },
        { name: '主体封顶', plannedStart: '2024-05-01', plannedEnd: '2024-10-31' },
      ],
      plan: [1, 2, 3, 4, 5, 6, 7].map((month) => ({ month, amount: '100.00' })),
      reports: [1, 2, 3].map((month) => ({ month, amount: '100.00', status: 'approved' as const })),
      reporterId: reporter.id,
    });
    hidden = await seedProject(t, { name: '保密项目' });
    const other = await buildTenant(t, '邻区');
    foreign = await seedProject(t, { tenantId: other, name: '邻区项目', isPublic: true });
  });
  afterAll(async () => t.close());

  it('reads the default settings, then saves a version that marks projects public, audited', async () => {
    const before = await get('/api/v1/projects/board/settings', office);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({
      version: 0,
      projectIds: [],
      publicPath: '/public/default/projects',
    });
    expect(before.json().publicFields).toContain('nodes');
    expect(before.json().projects.map((p: { id: string }) => p.id)).not.toContain(foreign.id);

    const saved = await put({
      version: 0,
      publicFields: ['name', 'type', 'stage', 'street', 'progressPct', 'light', 'nodes'],
      projectIds: [shown.id],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, projectIds: [shown.id] });
    const row = await withSystemTx(t.db, (tx) => tx.select().from(projects).where(eq(projects.id, shown.id)));
    expect(row[0]).toMatchObject({ isPublic: true, version: 2 });

    const stale = await put({ version: 0, publicFields: ['name'], projectIds: [] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');

    const audit = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit?limit=5',
      headers: { cookie: await loginAs(t, await buildUser(t, { roles: ['auditor'] })) },
    });
    expect(audit.json().items.map((e: { action: string }) => e.action)).toContain('project.board_updated');
  });

  it('refuses another district’s project (422 naming it) and a unit user (403), changing nothing', async () => {
    const bad = await put({ publicFields: ['name'], projectIds: [shown.id, foreign.id] });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details.fields).toEqual([{ path: 'projectIds.1', message: expect.any(String) }]);
    expect((await put({ publicFields: ['name'], projectIds: [] }, unitUser)).statusCode).toBe(403);
    expect((await get('/api/v1/projects/board/settings', office)).json().version).toBe(1);
  });

  it('serves the public JSON: only public projects, only public fields, no ids, from the cache until a write', async () => {
    const res = await get('/public/api/default/projects');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.district).toBe('测试区');
    expect(body.projects).toHaveLength(1);
    const [p] = body.projects;
    expect(p.key).toBe(shown.code);
    expect(p.name).toBe('智能装备产业园');
    expect(p.street).toBe('城关街道');
    expect(p.leaders).toBeUndefined();
    expect(p.nodes.map((n: { name: string; late: boolean }) => [n.name, n.late])).toEqual([
      ['施工许可', true],
      ['主体封顶', false],
    ]);
    expect(JSON.stringify(body)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(JSON.stringify(body)).not.toContain('保密项目');
    expect(JSON.stringify(body)).not.toContain('邻区项目');

    // A change behind the server's back shows only after the minute…
    await withSystemTx(t.db, (tx) =>
      tx.update(projects).set({ name: '改名项目' }).where(eq(projects.id, shown.id)),
    );
    expect((await get('/public/api/default/projects')).json().projects[0].name).toBe('智能装备产业园');
    t.clock.advance(61_000);
    expect((await get('/public/api/default/projects')).json().projects[0].name).toBe('改名项目');
    // …a write through the API at once.
    expect(
      (await put({ publicFields: ['name', 'leaders'], projectIds: [shown.id, hidden.id] })).statusCode,
    ).toBe(200);
    const after = (await get('/public/api/default/projects')).json();
    expect(after.projects.map((x: { key: string }) => x.key)).toEqual([shown.code, hidden.code].sort());
    expect(after.projects.find((x: { key: string }) => x.key === shown.code).leaders).toEqual(['王分包']);
    expect(Object.keys(after.projects[0]).sort()).toEqual(['key', 'leaders', 'name']);
  });

  it('shows a project edit at once: any successful project write empties the district’s cache', async () => {
    const before = (await get('/public/api/default/projects')).json();
    expect(before.projects.map((x: { name: string }) => x.name)).toContain('改名项目');
    const project = (await get(`/api/v1/projects/${shown.id}`, office)).json();
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/projects/${shown.id}`,
      headers: { cookie: office },
      payload: { version: project.version, name: '再次改名' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const after = (await get('/public/api/default/projects')).json();
    expect(after.projects.map((x: { name: string }) => x.name)).toContain('再次改名');
  });

  it('answers 404 for an unknown district, as JSON and as a page, without naming anything', async () => {
    const json = await get('/public/api/nowhere/projects');
    expect(json.statusCode).toBe(404);
    expect(json.json().error.code).toBe('NOT_FOUND');
    const page = await get('/public/nowhere/projects');
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).not.toContain('测试区');
    expect((await get('/public/a%20b%27c/projects')).statusCode).toBe(404);
  });

  it('renders the public page: zh-CN, headings, an SVG with a text alternative and a table', async () => {
    await put({
      publicFields: ['name', 'type', 'stage', 'street', 'progressPct', 'light', 'nodes'],
      projectIds: [shown.id],
    });
    const page = await get('/public/default/projects');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<html lang="zh-CN">');
    expect(page.body).toMatch(/<h1>测试区2024年重点项目推进甘特图<\/h1>/);
    expect(page.body).toContain('role="img"');
    expect(page.body).toContain('<th scope="col">项目名称</th>');
    expect(page.body).toContain('再次改名');
    expect(page.body).toContain('【滞后】');
    expect(page.body).not.toContain('<script');
    expect(page.body).not.toContain('保密项目');
  });

  it('draws the poster as an A3 PNG and as a one-page A2 PDF (office only)', async () => {
    const png = await get('/api/v1/projects/board.png?size=A3', office);
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    expect(png.rawPayload.readUInt32BE(16)).toBe(posterPixelWidth('A3'));
    expect(png.headers['x-poster-pages']).toBe('1');
    expect((await get('/api/v1/projects/board.png?page=2', office)).statusCode).toBe(422);
    const pdf = await get('/api/v1/projects/board.pdf?size=A2', office);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const doc = await PDFDocument.load(pdf.rawPayload);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([1684, 1191]);
    expect(doc.getTitle()).toBe('测试区2024年重点项目推进甘特图');
    expect((await get('/api/v1/projects/board.png', unitUser)).statusCode).toBe(403);
    expect((await get('/api/v1/projects/board.png?size=A4', office)).statusCode).toBe(422);
  });
});
