/**
 * Assessment results beyond the ranking: the Excel export read back and compared with the JSON, the Word
 * report, frozen snapshots by version, and what a unit sees with and without assessment.unitsSeeRanking.
 */
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisions, tasks } from '../src/server/db/schema';
import { withSystemTx } from '../src/server/db/tx';
import { buildUnit, buildUser, loginAs } from './helpers/factories';
import { testScheme } from './helpers/assessment-scheme';
import { createTestApp, dbKinds, type TestApp } from './helpers/test-app';

// The scheme of test/assessment.int.test.ts: its ranking is worked out by hand there.
const scheme = testScheme;

interface UnitJson {
  unitId: string;
  unitName: string;
  rank: number;
  total: number;
  grade: string;
  isVetoed: boolean;
  breakdownHidden?: boolean;
  components: Array<{ key: string; points: number }>;
  deductions: { total: number } | null;
  bonuses: { total: number } | null;
  vetoes: Array<{ name: string }>;
}
interface ResultJson {
  groups: Array<{ key: string; name: string; units: UnitJson[] }>;
  finalized: { version: number; asOf: string; reason: string | null } | null;
}

const cellText = (v: ExcelJS.CellValue): string | number | null =>
  v === null || v === undefined ? null : typeof v === 'number' ? v : String(v);

async function readSheets(
  bytes: Buffer,
): Promise<Array<{ name: string; frozen: unknown; rows: Array<Array<string | number | null>> }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: Array<Array<string | number | null>> = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      const values: Array<string | number | null> = [];
      for (let i = 1; i <= ws.columnCount; i++) values.push(cellText(row.getCell(i).value));
      rows.push(values);
    });
    return { name: ws.name, frozen: ws.views[0], rows };
  });
}

describe.each(dbKinds())('assessment results, exports and visibility on %s', (kind) => {
  let t: TestApp;
  let supervisor: string;
  let leader: string;
  let admin: string;
  let streetUser: string;
  const u: Record<string, string> = {};
  const get = (url: string, cookie = supervisor) => t.app.inject({ method: 'GET', url, headers: { cookie } });
  const post = (url: string, payload: object, cookie = supervisor) =>
    t.app.inject({ method: 'POST', url, headers: { cookie }, payload });
  const setRanking = async (value: boolean) => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/settings',
      headers: { cookie: admin },
      payload: { 'assessment.unitsSeeRanking': value },
    });
    expect(res.statusCode).toBe(200);
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2025-01-05T02:00:00Z');
    for (const [key, name, k] of [
      ['D1', '区发改委', 'department'],
      ['D2', '区住建局', 'department'],
      ['D3', '区财政局', 'department'],
      ['S1', '城关街道', 'street'],
      ['S2', '东城街道', 'street'],
    ] as const) {
      u[key] = (await buildUnit(t, { name, code: key, kind: k })).id;
    }
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    leader = await loginAs(t, await buildUser(t, { roles: ['leader'] }));
    admin = await loginAs(t, await buildUser(t, { roles: ['admin'] }));
    streetUser = await loginAs(t, await buildUser(t, { roles: ['unit_head'], unitId: u.S2 }));
    const decisionId = uuidv7();
    const completed = (unit: string, code: string, completedAt: string) => ({
      id: uuidv7(),
      tenantId: t.tenantId,
      decisionId,
      code,
      title: `任务${code}`,
      source: 'district_direct' as const,
      leadUnitId: unit,
      startDate: '2024-01-01',
      dueDate: '2024-06-30',
      status: 'completed' as const,
      progress: 100,
      publishedAt: new Date('2024-01-02T02:00:00Z'),
      acceptedAt: new Date('2024-01-03T02:00:00Z'),
      completedAt: new Date(`${completedAt}T02:00:00Z`),
    });
    await withSystemTx(t.db, async (tx) => {
      await tx.insert(decisions).values({
        id: decisionId,
        tenantId: t.tenantId,
        title: '全会',
        kind: 'plenary',
        date: '2024-01-01',
        source: 'district_direct',
      });
      await tx.insert(tasks).values([
        completed(u.D1 as string, '2024-QW-001', '2024-06-20'),
        completed(u.D2 as string, '2024-QW-002', '2024-07-10'),
        completed(u.S1 as string, '2024-QW-003', '2024-06-01'),
        completed(u.S2 as string, '2024-QW-004', '2024-06-30'),
        // D3 never finished its task: graded lowest without a veto.
        {
          ...completed(u.D3 as string, '2024-QW-005', '2024-06-30'),
          status: 'in_progress' as const,
          progress: 10,
          completedAt: null,
        },
      ]);
    });
    for (const [unit, score] of [
      ['D1', 95],
      ['D2', 90],
      ['D3', 50],
      ['S1', 82],
      ['S2', 85],
    ] as const) {
      expect(
        (
          await post('/api/v1/assessment/entries', {
            kind: 'satisfaction',
            year: 2024,
            unitId: u[unit],
            period: '2024',
            score,
          })
        ).statusCode,
      ).toBe(201);
    }
    await post('/api/v1/interviews', {
      date: '2024-09-01',
      unitId: u.S2,
      person: '街道主任',
      reason: '工作滞后',
    });
    await post('/api/v1/accountability', {
      type: 'circulated_criticism',
      date: '2024-10-01',
      unitId: u.D2,
      reason: '通报批评',
    });
    await post('/api/v1/assessment/entries', {
      kind: 'veto',
      year: 2024,
      unitId: u.D2,
      vetoKind: 'major_safety_accident',
      title: '工地坍塌事故',
      date: '2024-11-01',
    });
    const saved = await post('/api/v1/assessment/schemes', { year: 2024, scheme });
    expect((await post(`/api/v1/assessment/schemes/${saved.json().id}/publish`, {})).statusCode).toBe(200);
  });
  afterAll(async () => t.close());

  it('exports one sheet per group that reads back as the JSON results', async () => {
    const json = (await get('/api/v1/assessment/results?year=2024')).json() as ResultJson;
    const res = await get('/api/v1/assessment/results/export?year=2024');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('考核结果-2024.xlsx')}`);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] as string)).toBe('考核结果-2024.xlsx');
    const sheets = await readSheets(res.rawPayload);
    expect(sheets.map((s) => s.name)).toEqual(['区直部门', '街道']);
    for (const [i, sheet] of sheets.entries()) {
      const group = json.groups[i] as ResultJson['groups'][number];
      expect(sheet.frozen).toMatchObject({ state: 'frozen', ySplit: 2 });
      expect(sheet.rows[1]).toEqual([
        '名次',
        '单位',
        '任务完成',
        '群众满意度',
        '扣分',
        '加分',
        '一票否决',
        '总分',
        '等次',
      ]);
      const expected = group.units.map((x) => [
        x.rank,
        x.unitName,
        x.components.find((c) => c.key === 'task_completion')?.points ?? null,
        x.components.find((c) => c.key === 'satisfaction')?.points ?? null,
        x.deductions?.total ?? null,
        x.bonuses?.total ?? null,
        x.vetoes.map((v) => v.name).join('、') || null,
        x.total,
        x.grade,
      ]);
      expect(sheet.rows.slice(2)).toEqual(expected);
    }
    // By hand (test/assessment.int.test.ts): D2 lost 2 points for the criticism and was vetoed.
    expect(sheets[0]?.rows[4]).toEqual([3, '区住建局', 54, 36, 2, 0, '重大安全生产事故', 88, '较差']);
    // A unit exports what it sees: its own line only.
    const own = await readSheets(
      (await get('/api/v1/assessment/results/export?year=2024', streetUser)).rawPayload,
    );
    expect(own.map((s) => s.rows.slice(2).map((r) => r[1]))).toEqual([['东城街道']]);
  });

  it('writes the Word report in the official format, naming every unit, its grade and why the lowest are lowest', async () => {
    const res = await get('/api/v1/assessment/results/document?year=2024', leader);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(String(res.headers['content-disposition'])).toContain(
      `filename*=UTF-8''${encodeURIComponent('考核结果-2024.docx')}`,
    );
    const text = (await mammoth.extractRawText({ buffer: res.rawPayload })).value;
    expect(text).toContain('测试区2024年度综合考核结果');
    const json = (await get('/api/v1/assessment/results?year=2024')).json() as ResultJson;
    for (const unit of json.groups.flatMap((g) => g.units)) {
      // Each table row: rank, unit, total, grade, one cell after another.
      expect(text).toMatch(new RegExp(`${unit.rank}\\s+${unit.unitName}\\s+${unit.total}\\s+${unit.grade}`));
    }
    expect(text).toMatch(/一、区直部门[\s\S]*二、街道/);
    expect(text).toContain('区住建局：总分88分，考核等次为较差。因重大安全生产事故（');
    expect(text).toContain('工地坍塌事故');
    expect(text).toContain('问责1次扣2分');
    expect(text).toContain('区财政局：总分26分，考核等次为较差。总分未达到“一般”等次60分的分数线。');
    expect(text).not.toMatch(/区发改委：|城关街道：|东城街道：/);
    expect(text).toContain('区委区政府督查室');
    expect(text).toContain('2025年1月5日');
    // It names every unit, so only the office and leaders may have it.
    expect((await get('/api/v1/assessment/results/document?year=2024', streetUser)).statusCode).toBe(403);
  });

  it('serves each finalized version as it was frozen; the live results move on', async () => {
    expect((await get('/api/v1/assessment/results?year=2024&version=1')).statusCode).toBe(404);
    const first = await post('/api/v1/assessment/results/2024/finalize', {});
    expect(first.statusCode).toBe(200);
    // A late satisfaction score for S1 changes the live result, not the frozen one.
    await post('/api/v1/assessment/entries', {
      kind: 'satisfaction',
      year: 2024,
      unitId: u.S1,
      period: '2024-补录',
      score: 100,
    });
    const live = (await get('/api/v1/assessment/results?year=2024')).json() as ResultJson;
    const v1 = (await get('/api/v1/assessment/results?year=2024&version=1')).json() as ResultJson;
    const s1 = (r: ResultJson) => r.groups[1]?.units.find((x) => x.unitId === u.S1)?.total;
    expect(s1(v1)).toBe(92.8);
    expect(s1(live)).toBe(96.4);
    expect(v1.finalized).toMatchObject({ version: 1, asOf: '2024-12-31', reason: null });
    expect(live.finalized?.version).toBe(1);
    expect(v1.groups).toEqual((first.json() as ResultJson).groups);
    await post('/api/v1/assessment/results/2024/finalize', { reason: '补录满意度' });
    const v2 = (await get('/api/v1/assessment/results?year=2024&version=2')).json() as ResultJson;
    expect(v2.finalized).toMatchObject({ version: 2, reason: '补录满意度' });
    expect(s1(v2)).toBe(96.4);
    expect(s1((await get('/api/v1/assessment/results?year=2024&version=1')).json() as ResultJson)).toBe(92.8);
    expect((await get('/api/v1/assessment/results?year=2024&version=3')).statusCode).toBe(404);
    expect((await get('/api/v1/assessment/results?year=2023&version=1')).statusCode).toBe(404);
    const both = await get('/api/v1/assessment/results?year=2024&version=1&asOf=2024-06-30');
    expect(both.statusCode).toBe(422);
    expect(both.json().error.details.fields[0].path).toBe('asOf');
    expect((await get('/api/v1/assessment/results?year=2024&version=0')).statusCode).toBe(422);
    // The export of a frozen version is that version, and a unit sees its own line of it only.
    const sheets = await readSheets(
      (await get('/api/v1/assessment/results/export?year=2024&version=1')).rawPayload,
    );
    expect(sheets[1]?.rows.slice(2).find((r) => r[1] === '城关街道')?.[7]).toBe(92.8);
    const unitV1 = (
      await get('/api/v1/assessment/results?year=2024&version=1', streetUser)
    ).json() as ResultJson;
    expect(unitV1.groups.flatMap((g) => g.units.map((x) => x.unitId))).toEqual([u.S2]);
  });

  it('a unit sees only itself by default; with unitsSeeRanking, its groups’ ranking but only its own breakdown', async () => {
    const ownOnly = (await get('/api/v1/assessment/results?year=2024', streetUser)).json() as ResultJson;
    expect(ownOnly.groups.map((g) => g.units.map((x) => x.unitName))).toEqual([['东城街道']]);

    await setRanking(true);
    const ranked = (await get('/api/v1/assessment/results?year=2024', streetUser)).json() as ResultJson;
    expect(ranked.groups.map((g) => g.key)).toEqual(['streets']);
    const [s1, s2] = [
      ranked.groups[0]?.units.find((x) => x.unitId === u.S1),
      ranked.groups[0]?.units.find((x) => x.unitId === u.S2),
    ];
    expect(s1).toMatchObject({
      unitName: '城关街道',
      rank: 1,
      grade: '优秀',
      total: 96.4,
      breakdownHidden: true,
      components: [],
      deductions: null,
      bonuses: null,
      vetoes: [],
    });
    expect(JSON.stringify(s1)).not.toContain('evidence');
    expect(s2).toMatchObject({ unitName: '东城街道', rank: 2 });
    expect(s2?.breakdownHidden).toBeUndefined();
    expect(s2?.components.length).toBe(2);
    expect(s2?.deductions?.total).toBe(1);
    // The same holds for a frozen version and for the export.
    const v1 = (await get('/api/v1/assessment/results?year=2024&version=1', streetUser)).json() as ResultJson;
    expect(v1.groups[0]?.units.map((x) => [x.unitName, x.total, x.components.length])).toEqual([
      ['东城街道', 93, 2],
      ['城关街道', 92.8, 0],
    ]);
    const sheets = await readSheets(
      (await get('/api/v1/assessment/results/export?year=2024', streetUser)).rawPayload,
    );
    expect(sheets.map((s) => s.name)).toEqual(['街道']);
    expect(sheets[0]?.rows.slice(2)).toEqual([
      [1, '城关街道', null, null, null, null, null, 96.4, '优秀'],
      [2, '东城街道', 60, 34, 1, 0, null, 93, '良好'],
    ]);
    // The office and leaders are not affected by the setting.
    const all = (await get('/api/v1/assessment/results?year=2024', leader)).json() as ResultJson;
    expect(
      all.groups.flatMap((g) => g.units).every((x) => x.components.length === 2 && !x.breakdownHidden),
    ).toBe(true);
    await setRanking(false);
    expect(
      ((await get('/api/v1/assessment/results?year=2024', streetUser)).json() as ResultJson).groups[0]?.units,
    ).toHaveLength(1);
  });

  it('refuses a setting of the wrong type naming the key', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/settings',
      headers: { cookie: admin },
      payload: { 'assessment.unitsSeeRanking': 'yes' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.fields[0].path).toBe('assessment.unitsSeeRanking');
  });
});
