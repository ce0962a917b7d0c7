import { readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { buildUnit, buildUser, loginAs } from '../../../../test/helpers/factories';
import { multipart } from '../../../../test/helpers/multipart';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';

describe.each(dbKinds())('decisions and decomposition on %s', (kind) => {
  let t: TestApp;
  let supervisor: string;
  let units: Record<'fgw' | 'zjj' | 'jyj', { id: string }>;
  let report: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    units = {
      fgw: await buildUnit(t, { name: '区发展和改革委员会', code: 'FGW' }),
      zjj: await buildUnit(t, { name: '区住房和城乡建设局', code: 'ZJJ' }),
      jyj: await buildUnit(t, { name: '区教育局', code: 'JYJ' }),
    };
    report = await readFile('test/fixtures/plenary-report.txt', 'utf8');
  });
  afterAll(async () => t.close());

  const api = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
    cookie = supervisor,
  ) => t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  const newDecision = async (text: string | null = report) =>
    (
      await api('POST', '/api/v1/decisions', {
        title: '2024年区委全会',
        kind: 'plenary',
        date: '2024-01-05',
        source: 'district_direct',
        text,
        confirmDuplicate: true,
      })
    ).json();

  it('creates a decision from a document, extracts, edits, publishes; a unit user sees exactly its own tasks', async () => {
    const decision = await newDecision();
    expect(decision).toMatchObject({ title: '2024年区委全会', hasText: true, taskCounts: { total: 0 } });

    const extracted = await api('POST', `/api/v1/decisions/${decision.id}/extract`);
    expect(extracted.statusCode).toBe(200);
    const drafts = extracted.json().tasks as Array<{
      id: string;
      title: string;
      content: string;
      status: string;
      leadUnitId: string | null;
      targets: Array<{
        indicator: string;
        targetValue: number | null;
        unit: string;
        deadline: string | null;
      }>;
      sectionPath: string[];
      version: number;
    }>;
    expect(extracted.json().created).toBe(drafts.length);
    expect(drafts.length).toBeGreaterThanOrEqual(3);
    expect(drafts.every((d) => d.status === 'draft')).toBe(true);
    // Review numbers (120亿元, 12个) are never targets; plan numbers are.
    const allTargets = drafts.flatMap((d) => d.targets);
    expect(allTargets.some((g) => g.targetValue === 120)).toBe(false);
    expect(allTargets.find((g) => g.unit === '万平方米')).toMatchObject({
      targetValue: 20,
      deadline: '2024-12-31',
    });
    // The unit named in the sentence becomes the lead unit.
    const housing = drafts.find((d) => d.content.includes('老旧小区'));
    expect(housing?.leadUnitId).toBe(units.zjj.id);
    expect(housing?.sectionPath[0]).toMatch(/今年的目标任务/);

    // Publishing with a draft that lacks a lead unit publishes nothing and lists it.
    const orphan = drafts.find((d) => !d.leadUnitId);
    if (orphan) {
      const refused = await api('POST', `/api/v1/decisions/${decision.id}/publish`);
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error.code).toBe('PUBLISH_INCOMPLETE');
      expect(refused.json().error.details.tasks.map((x: { id: string }) => x.id)).toContain(orphan.id);
      const stillDraft = await api(
        'GET',
        `/api/v1/tasks?decisionId=${decision.id}&status=draft&pageSize=100`,
      );
      expect(stillDraft.json().total).toBe(drafts.length);
    }
    // Assign every unassigned draft to 区教育局 in one go, and edit one by hand.
    const unassigned = drafts.filter((d) => !d.leadUnitId);
    if (unassigned.length > 0) {
      const bulk = await api('POST', '/api/v1/tasks/bulk-update', {
        items: unassigned.map((d) => ({ id: d.id, version: d.version })),
        changes: { leadUnitId: units.jyj.id },
      });
      expect(bulk.statusCode).toBe(200);
    }
    const current = (await api('GET', `/api/v1/tasks/${housing?.id}`)).json();
    const edited = await api('PATCH', `/api/v1/tasks/${housing?.id}`, {
      version: current.version,
      title: '改造老旧小区15个',
      coUnitIds: [units.fgw.id],
      responsiblePerson: '王建国',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      title: '改造老旧小区15个',
      coUnitIds: [units.fgw.id],
      edited: true,
    });

    const published = await api('POST', `/api/v1/decisions/${decision.id}/publish`);
    expect(published.statusCode).toBe(200);
    const codes = published.json().tasks.map((x: { code: string }) => x.code);
    expect(codes[0]).toBe('2024-QW-001');
    expect(new Set(codes).size).toBe(drafts.length);
    expect(published.json().tasks.every((x: { status: string }) => x.status === 'published')).toBe(true);
    expect((await api('POST', `/api/v1/decisions/${decision.id}/publish`)).json().error.code).toBe(
      'NOTHING_TO_PUBLISH',
    );

    // The housing bureau's operator sees exactly its own tasks; the reform commission sees the one it cooperates on.
    const zjjUser = await loginAs(t, await buildUser(t, { roles: ['unit_operator'], unitId: units.zjj.id }));
    const own = (await api('GET', '/api/v1/tasks?pageSize=100', undefined, zjjUser)).json();
    const expected = published
      .json()
      .tasks.filter(
        (x: { leadUnitId: string; coUnitIds: string[] }) =>
          x.leadUnitId === units.zjj.id || x.coUnitIds.includes(units.zjj.id),
      );
    expect(own.items.map((x: { id: string }) => x.id).sort()).toEqual(
      expected.map((x: { id: string }) => x.id).sort(),
    );
    expect(own.total).toBeGreaterThan(0);
    const fgwUser = await loginAs(t, await buildUser(t, { roles: ['unit_head'], unitId: units.fgw.id }));
    const fgwTasks = (await api('GET', '/api/v1/tasks?pageSize=100', undefined, fgwUser))
      .json()
      .items.map((x: { id: string }) => x.id);
    expect(fgwTasks).toContain(housing?.id);
    // Another unit's task answers 404, not 403.
    const jyjTask = published.json().tasks.find((x: { leadUnitId: string }) => x.leadUnitId === units.jyj.id);
    expect((await api('GET', `/api/v1/tasks/${jyjTask.id}`, undefined, zjjUser)).statusCode).toBe(404);
    expect((await api('GET', '/api/v1/decisions', undefined, zjjUser)).statusCode).toBe(403);
  });

  it('re-extraction replaces untouched drafts and keeps edited ones', async () => {
    const decision = await newDecision();
    const first = (await api('POST', `/api/v1/decisions/${decision.id}/extract`)).json();
    const keep = first.tasks[0];
    await api('PATCH', `/api/v1/tasks/${keep.id}`, { version: keep.version, title: '人工修改过的任务' });
    const second = (await api('POST', `/api/v1/decisions/${decision.id}/extract`)).json();
    expect(second.kept).toBe(1);
    expect(second.removed).toBe(first.tasks.length - 1);
    expect(second.tasks).toHaveLength(first.tasks.length);
    expect(second.tasks.find((x: { id: string }) => x.id === keep.id)?.title).toBe('人工修改过的任务');
    expect(
      second.tasks
        .filter((x: { id: string }) => x.id !== keep.id)
        .every((x: { id: string }) => !first.tasks.some((f: { id: string }) => f.id === x.id)),
    ).toBe(true);
  });

  it('a stale version answers 409 and changes nothing', async () => {
    const decision = await newDecision();
    const [task] = (await api('POST', `/api/v1/decisions/${decision.id}/extract`)).json().tasks;
    expect(
      (await api('PATCH', `/api/v1/tasks/${task.id}`, { version: task.version, title: '第一次' })).statusCode,
    ).toBe(200);
    const stale = await api('PATCH', `/api/v1/tasks/${task.id}`, {
      version: task.version,
      title: '过期修改',
    });
    expect(stale.statusCode).toBe(409);
    expect((await api('GET', `/api/v1/tasks/${task.id}`)).json().title).toBe('第一次');
  });

  it('creates a task by hand with targets and milestones, validating the assignment', async () => {
    const decision = await newDecision(null);
    const bad = await api('POST', '/api/v1/tasks', {
      decisionId: decision.id,
      title: '错误任务',
      leadUnitId: units.fgw.id,
      coUnitIds: [units.fgw.id],
      startDate: '2024-03-01',
      dueDate: '2024-02-01',
    });
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .error.details.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['coUnitIds.0', 'dueDate']);
    const ok = await api('POST', '/api/v1/tasks', {
      decisionId: decision.id,
      title: '建设智慧城市运营中心',
      leadUnitId: units.fgw.id,
      coUnitIds: [units.zjj.id],
      startDate: '2024-03-01',
      dueDate: '2024-12-31',
      targets: [{ indicator: '接入系统', unit: '个', targetValue: 20 }],
      milestones: [{ title: '完成方案', dueDate: '2024-05-31' }],
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      status: 'draft',
      targets: [{ indicator: '接入系统', targetValue: 20, comparator: '>=' }],
      milestones: [{ title: '完成方案', dueDate: '2024-05-31' }],
    });
  });

  it('uploads a .docx and a GB18030 .txt, checks the type by content, and caps the size', async () => {
    const doc = new Document({
      sections: [{ children: report.split('\n').map((line) => new Paragraph(line)) }],
    });
    const docx = Buffer.from(await Packer.toBuffer(doc));
    const fields = { title: '上传的报告', kind: 'plenary', date: '2024-01-05', source: 'district_direct' };
    const up = multipart({ name: 'report.docx', type: 'application/octet-stream', bytes: docx }, fields);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/decisions/upload',
      headers: { cookie: supervisor, ...up.headers },
      payload: up.payload,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ fileName: 'report.docx', hasText: true });
    const detail = (await api('GET', `/api/v1/decisions/${res.json().id}`)).json();
    expect(detail.text).toContain('新建幼儿园3所');

    const { default: iconv } = await import('iconv-lite');
    const gbk = multipart(
      { name: 'report.txt', type: 'text/plain', bytes: iconv.encode(report, 'gb18030') },
      { ...fields, confirmDuplicate: 'true' },
    );
    const gbRes = await t.app.inject({
      method: 'POST',
      url: '/api/v1/decisions/upload',
      headers: { cookie: supervisor, ...gbk.headers },
      payload: gbk.payload,
    });
    expect(gbRes.statusCode).toBe(201);
    expect((await api('GET', `/api/v1/decisions/${gbRes.json().id}`)).json().text).toContain('新建幼儿园3所');

    // A PNG renamed to .docx is refused by content.
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    const fake = multipart(
      {
        name: 'report.docx',
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        bytes: png,
      },
      fields,
    );
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/decisions/upload',
      headers: { cookie: supervisor, ...fake.headers },
      payload: fake.payload,
    });
    expect(refused.statusCode).toBe(415);
    expect(refused.json().error.code).toBe('UNSUPPORTED_FILE_TYPE');

    const huge = multipart(
      { name: 'big.txt', type: 'text/plain', bytes: Buffer.alloc(21 * 1024 * 1024, 0x61) },
      fields,
    );
    const tooBig = await t.app.inject({
      method: 'POST',
      url: '/api/v1/decisions/upload',
      headers: { cookie: supervisor, ...huge.headers },
      payload: huge.payload,
    });
    expect(tooBig.statusCode).toBe(413);
    const count = await queryRows<{ n: number }>(
      t.db.orm,
      sql`SELECT count(*)::int AS n FROM decisions WHERE title = '上传的报告'`,
    );
    expect(count[0]?.n).toBe(2);
  });
});
