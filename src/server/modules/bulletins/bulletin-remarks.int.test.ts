/**
 * 通报到每个单位 (issue 16): a generated bulletin is a draft only the office sees; the office names a unit or
 * a task for praise or criticism and publishes it; it reaches every unit's inbox and every unit reads it;
 * each criticism deducts the scheme's points from the unit named, each praise adds; a correction (a new
 * version) replaces the facts of the version it corrects.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, buildUser, loginAs, type BuiltUser } from '../../../../test/helpers/factories';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';

interface UnitResult {
  unitId: string;
  total: number;
  deductions: { items: Array<{ kind: string; count: number; points: number }> };
  bonuses: { items: Array<{ kind: string; count: number; points: number }> };
}

describe.each(dbKinds())('bulletin remarks on %s', (kind) => {
  let t: TestApp;
  let office: BuiltUser;
  let operatorA: BuiltUser;
  let operatorB: BuiltUser;
  let leader: BuiltUser;
  let unitA: { id: string; name: string };
  let taskId: string;
  let bulletinId: string;

  const as = async (user: BuiltUser) => ({ cookie: await loginAs(t, user) });
  const call = async (user: BuiltUser, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: await as(user), ...(payload ? { payload } : {}) });
  const unitResult = async (unitId: string): Promise<UnitResult> => {
    const json = (await call(office, 'GET', '/api/v1/assessment/results?year=2026')).json();
    const units = (json.groups as Array<{ units: UnitResult[] }>).flatMap((g) => g.units);
    return units.find((u) => u.unitId === unitId) as UnitResult;
  };
  const item = (r: UnitResult, side: 'deductions' | 'bonuses', k: string) =>
    r[side].items.find((i) => i.kind === k);
  const documentText = async (user: BuiltUser, id: string) => {
    const res = await call(user, 'GET', `/api/v1/bulletins/${id}/document`);
    if (res.statusCode !== 200) return res.statusCode;
    const zip = await JSZip.loadAsync(res.rawPayload);
    return ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, '');
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2026-03-05T02:00:00Z');
    unitA = await buildUnit(t, { name: '区交通运输局' });
    const unitB = await buildUnit(t, { name: '区教育局' });
    office = await buildUser(t, { roles: ['supervisor'] });
    leader = await buildUser(t, { roles: ['leader'] });
    operatorA = await buildUser(t, { roles: ['unit_operator'], unitId: unitA.id });
    operatorB = await buildUser(t, { roles: ['unit_operator'], unitId: unitB.id });
    const decision = (
      await call(office, 'POST', '/api/v1/decisions', {
        title: '全会',
        kind: 'plenary',
        date: '2026-01-04',
        source: 'district_direct',
      })
    ).json();
    taskId = (
      await call(office, 'POST', '/api/v1/tasks', {
        decisionId: decision.id,
        title: '建成城市快速路一期',
        leadUnitId: unitA.id,
        startDate: '2026-01-01',
        dueDate: '2026-12-31',
      })
    ).json().id;
    await call(office, 'POST', `/api/v1/decisions/${decision.id}/publish`);
    await call(operatorA, 'POST', `/api/v1/tasks/${taskId}/accept`);
  });
  afterAll(async () => t.close());

  it('a generated bulletin is a draft: the office sees it, units and leaders get nothing (404)', async () => {
    const created = await call(office, 'POST', '/api/v1/bulletins', { period: '2026-02' });
    expect(created.statusCode).toBe(201);
    bulletinId = created.json().id;
    expect(created.json()).toMatchObject({
      status: 'draft',
      publishedAt: null,
      abilities: { publish: true },
    });
    for (const user of [operatorA, leader]) {
      expect((await call(user, 'GET', '/api/v1/bulletins')).json().items).toEqual([]);
      expect(await documentText(user, bulletinId)).toBe(404);
      expect((await call(user, 'GET', `/api/v1/bulletins/${bulletinId}/remarks`)).statusCode).toBe(404);
    }
  });

  it('refuses a remark naming both a unit and a task, neither, an unknown unit or empty text (422)', async () => {
    const url = `/api/v1/bulletins/${bulletinId}/remarks`;
    for (const payload of [
      { kind: 'criticism', unitId: unitA.id, taskId, text: '进度滞后' },
      { kind: 'criticism', text: '进度滞后' },
      { kind: 'criticism', unitId: '01900000-0000-7000-8000-000000000000', text: '进度滞后' },
      { kind: 'criticism', unitId: unitA.id, text: '  ' },
    ]) {
      const res = await call(office, 'POST', url, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
    }
    expect((await call(office, 'GET', url)).json().items).toEqual([]);
    expect(
      (await call(operatorA, 'POST', url, { kind: 'praise', unitId: unitA.id, text: '好' })).statusCode,
    ).toBe(403);
  });

  it('a published criticism reaches every unit and deducts the scheme points; the praise adds', async () => {
    const before = await unitResult(unitA.id);
    expect(item(before, 'deductions', 'bulletin_criticism')?.count ?? 0).toBe(0);
    const url = `/api/v1/bulletins/${bulletinId}/remarks`;
    const criticism = await call(office, 'POST', url, {
      kind: 'criticism',
      unitId: unitA.id,
      text: '快速路征地工作推进迟缓',
    });
    expect(criticism.statusCode).toBe(201);
    expect(criticism.json()).toMatchObject({ unitName: '区交通运输局', abilities: { remove: true } });
    const praise = await call(office, 'POST', url, { kind: 'praise', taskId, text: '主动作为，倒排工期' });
    expect(praise.json()).toMatchObject({ unitId: unitA.id, taskLabel: expect.stringContaining('快速路') });
    // Drafts deduct nothing.
    expect((await unitResult(unitA.id)).total).toBe(before.total);

    t.clock.set('2026-03-06T02:00:00Z');
    expect((await call(office, 'POST', `/api/v1/bulletins/${bulletinId}/publish`)).statusCode).toBe(200);
    expect((await call(office, 'POST', `/api/v1/bulletins/${bulletinId}/publish`)).statusCode).toBe(409);
    expect(
      (await call(office, 'POST', url, { kind: 'criticism', unitId: unitA.id, text: '再补一条' })).statusCode,
    ).toBe(409);
    expect((await call(office, 'DELETE', `${url}/${criticism.json().id}`)).statusCode).toBe(409);

    // Every unit: the inbox, the list, the remarks, the Word document with the names.
    for (const user of [operatorA, operatorB]) {
      const inbox = (await call(user, 'GET', '/api/v1/inbox')).json();
      expect(inbox.items).toContainEqual(
        expect.objectContaining({ kind: 'bulletin_published', entityType: 'bulletin', entityId: bulletinId }),
      );
      const items = (await call(user, 'GET', '/api/v1/bulletins')).json().items;
      expect(items).toEqual([expect.objectContaining({ id: bulletinId, status: 'published' })]);
      const remarks = (await call(user, 'GET', url)).json();
      expect(remarks.items).toHaveLength(2);
      expect(remarks.abilities.add).toBe(false);
      const text = await documentText(user, bulletinId);
      expect(text).toContain('通报批评');
      expect(text).toContain('区交通运输局：快速路征地工作推进迟缓。');
      expect(text).toContain('主动作为，倒排工期');
    }

    const after = await unitResult(unitA.id);
    expect(item(after, 'deductions', 'bulletin_criticism')).toMatchObject({ count: 1, points: 1 });
    expect(item(after, 'bonuses', 'bulletin_praise')).toMatchObject({ count: 1, points: 0.5 });
    expect(after.total).toBeCloseTo(before.total - 1 + 0.5, 2);
  });

  it('a correction copies the remarks; the facts follow the version in force', async () => {
    const before = await unitResult(unitA.id);
    const v2 = (await call(office, 'POST', '/api/v1/bulletins', { period: '2026-02' })).json();
    expect(v2).toMatchObject({ version: 2, status: 'draft' });
    const url = `/api/v1/bulletins/${v2.id}/remarks`;
    const copied = (await call(office, 'GET', url)).json().items as Array<{ id: string; kind: string }>;
    expect(copied.map((r) => r.kind).sort()).toEqual(['criticism', 'praise']);
    const criticism = copied.find((r) => r.kind === 'criticism') as { id: string };
    expect((await call(office, 'DELETE', `${url}/${criticism.id}`)).statusCode).toBe(204);
    // Until the correction is published, the first version is in force.
    expect((await unitResult(unitA.id)).total).toBe(before.total);
    expect((await call(office, 'POST', `/api/v1/bulletins/${v2.id}/publish`)).statusCode).toBe(200);
    const after = await unitResult(unitA.id);
    expect(item(after, 'deductions', 'bulletin_criticism')?.count ?? 0).toBe(0);
    expect(after.total).toBeCloseTo(before.total + 1, 2);
    expect(await documentText(operatorB, v2.id)).not.toContain('推进迟缓');
  });
});
