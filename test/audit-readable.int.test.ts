/**
 * 审计日志 an assessor can read: actions and object types in Chinese, the object by name, the operator with
 * unit or office; filters by operator, action, object and Beijing days, validated (422, nothing changed);
 * the filtered list exported to Excel (read back here) and the export itself audited.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, buildUser, loginAs } from './helpers/factories';
import { createTestApp, dbKinds, type TestApp } from './helpers/test-app';

interface Row {
  seq: number;
  action: string;
  actionLabel: string;
  actorName: string | null;
  actorUnit: string | null;
  entityType: string | null;
  entityTypeLabel: string;
  entityId: string | null;
  entityName: string | null;
}

describe.each(dbKinds())('readable audit log on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  let auditor: string;
  let supervisorId = '';
  let operatorId = '';
  let unitId = '';
  beforeAll(async () => {
    t = await createTestApp(kind);
    // 2024-07-01 01:00 in Beijing (still 06-30 in UTC): the day filter must follow Beijing's calendar.
    t.clock.set('2024-06-30T17:00:00Z');
    const adminUser = await buildUser(t, { roles: ['admin'], displayName: '系统管理员' });
    admin = await loginAs(t, adminUser);
    const auditorUser = await buildUser(t, { roles: ['auditor'], displayName: '审计员' });
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: { cookie: admin },
      payload: { name: '区审计局', code: 'SJJ', kind: 'department' },
    });
    unitId = created.json().id;
    // 2024-07-02 in Beijing.
    t.clock.set('2024-07-02T02:00:00Z');
    // A day later the sessions have long gone idle: sign in again.
    admin = await loginAs(t, adminUser);
    auditor = await loginAs(t, auditorUser);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/units/${unitId}`,
      headers: { cookie: admin },
      payload: { version: 1, name: '区审计局（新）' },
    });
    const supervisor = await buildUser(t, { roles: ['supervisor'], displayName: '督查员甲' });
    supervisorId = supervisor.id;
    await loginAs(t, supervisor);
    const operator = await buildUser(t, { roles: ['unit_operator'], unitId, displayName: '联络员乙' });
    operatorId = operator.id;
    await loginAs(t, operator);
    // Somewhere else a unit is made too; never seen here.
    await buildUnit(t, { name: '无关单位' });
  });
  afterAll(async () => t.close());

  const list = async (query: string) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit?${query}`,
      headers: { cookie: auditor },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as Row[];
  };

  it('says the action and object type in Chinese and names the object and the operator’s unit or office', async () => {
    const [updated] = await list('action=unit.updated');
    expect(updated).toMatchObject({
      action: 'unit.updated',
      actionLabel: '修改单位',
      entityType: 'unit',
      entityTypeLabel: '单位',
      entityId: unitId,
      entityName: '区审计局（新）',
      actorName: '系统管理员',
      actorUnit: null,
    });
    const [supervisorLogin] = await list(`actorId=${supervisorId}`);
    expect(supervisorLogin).toMatchObject({
      action: 'auth.login',
      actionLabel: '登录',
      actorName: '督查员甲',
      actorUnit: '督查室',
    });
    const [operatorLogin] = await list(`actorId=${operatorId}`);
    expect(operatorLogin?.actorUnit).toBe('区审计局（新）');
  });

  it('filters by operator, action, object and Beijing days', async () => {
    expect((await list(`actorId=${supervisorId}`)).every((r) => r.actorName === '督查员甲')).toBe(true);
    expect((await list('action=unit.created')).map((r) => r.entityId)).toEqual([unitId]);
    expect((await list(`entityType=unit&entityId=${unitId}`)).map((r) => r.action)).toEqual([
      'unit.updated',
      'unit.created',
    ]);
    const firstDay = await list('from=2024-07-01&to=2024-07-01');
    expect(firstDay.map((r) => r.action)).toContain('unit.created');
    expect(firstDay.map((r) => r.action)).not.toContain('unit.updated');
    const secondDay = await list('from=2024-07-02');
    expect(secondDay.map((r) => r.action)).toContain('unit.updated');
    expect(secondDay.map((r) => r.action)).not.toContain('unit.created');
    expect((await list('to=2024-06-30')).map((r) => [r.action, r.entityName])).toEqual([
      ['tenant.created', '测试区'],
    ]);
  });

  it('refuses bad filters with 422 naming the field', async () => {
    for (const [query, field] of [
      ['action=report.nonsense', 'action'],
      ['actorId=someone', 'actorId'],
      ['from=2024-13-01', 'from'],
      ['from=2024-07-02&to=2024-07-01', 'to'],
      ['entityType=planet', 'entityType'],
    ] as const) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/audit?${query}`,
        headers: { cookie: auditor },
      });
      expect(res.statusCode, query).toBe(422);
      expect(JSON.stringify(res.json().error.details), query).toContain(field);
    }
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit/export?from=yesterday',
      headers: { cookie: auditor },
    });
    expect(bad.statusCode).toBe(422);
    expect(await list('action=audit.exported')).toEqual([]);
  });

  it('lists who appears in the log, with unit or office, for the operator filter', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit/actors',
      headers: { cookie: auditor },
    });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Array<{ id: string; name: string; unit: string | null }>;
    expect(items).toContainEqual({ id: supervisorId, name: '督查员甲', unit: '督查室' });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/audit/actors', headers: { cookie: admin } }))
        .statusCode,
    ).toBe(403);
  });

  it('exports the filtered list to Excel in Chinese, and audits the export', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit/export?entityType=unit&entityId=${unitId}`,
      headers: { cookie: auditor },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('审计日志')!;
    expect(String(sheet.getCell(1, 1).value)).toContain('对象：单位');
    expect((sheet.getRow(2).values as unknown[]).slice(1, 8)).toEqual([
      '序号',
      '时间',
      '操作人',
      '所属单位',
      '操作',
      '对象类型',
      '对象',
    ]);
    const rows = [3, 4].map((n) => (sheet.getRow(n).values as unknown[]).slice(2, 8));
    expect(rows).toEqual([
      ['2024-07-02 10:00:00', '系统管理员', '', '修改单位', '单位', '区审计局（新）'],
      ['2024-07-01 01:00:00', '系统管理员', '', '新建单位', '单位', '区审计局（新）'],
    ]);
    expect(sheet.rowCount).toBe(4);
    const [exported] = await list('action=audit.exported');
    expect(exported).toMatchObject({ actionLabel: '导出审计日志', actorName: '审计员' });
    expect(admin).toBeTruthy();
  });

  it('only the auditor exports', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/audit/export', headers: { cookie: admin } }))
        .statusCode,
    ).toBe(403);
  });
});
