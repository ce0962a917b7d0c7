/**
 * fast-check against what users hand the system as files and text:
 * - the extractor: random text, huge lines, control characters, lone surrogates, GB18030 bytes decoded as
 *   UTF-8 or Latin-1, fragments of real reports with noise — no throw, bounded time per input, and offsets
 *   that point inside the text;
 * - the Excel ledger importer: truncated .xlsx, random bytes, a zip that is not a workbook (.docx), a
 *   workbook with the wrong sheet, the right columns holding random cells — 415 or 422 with a code, never a
 *   5xx, and a refused import leaves no task behind;
 * - uploads of wrong types and oversized files: 415 / 413 / 422, never a 5xx.
 * LUOSHI_FUZZ_RUNS (default 300) scales the number of generated inputs.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerColumns } from '../../src/domain/ledger';
import { extractDocument } from '../../src/domain/extract';
import { queryRows } from '../../src/server/db/client';
import { buildUser, loginAs } from '../helpers/factories';
import { multipart } from '../helpers/multipart';
import { createTestApp, dbKinds, type TestApp } from '../helpers/test-app';

const runs = Number(process.env.LUOSHI_FUZZ_RUNS ?? 300);
const report = readFileSync('test/fixtures/plenary-report.txt', 'utf8');
const workReport = readFileSync('src/domain/extract/fixtures/work-report.txt', 'utf8');
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A piece of a real report, so that the extractor's rules actually fire on the noisy input. */
const fragment = fc
  .tuple(fc.constantFrom(report, workReport), fc.nat(), fc.integer({ min: 0, max: 3000 }))
  .map(([text, start, length]) => text.slice(start % text.length, (start % text.length) + length));
const noise = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
  fc.string({
    unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    maxLength: 5,
  }),
  fc.constantFrom(
    '\u0000',
    '\r',
    '\r\n',
    '\u2028',
    '\u2029',
    '\ufeff',
    '\u200b',
    '\u3000',
    '（',
    '）',
    '一、',
    '（一）',
    '1.',
    '①',
    '到2025年',
    '%',
    '％',
    '亿元',
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
/** Text interleaved with noise at random places. */
const noisy = fc
  .tuple(fragment, fc.array(fc.tuple(fc.nat(), noise), { maxLength: 12 }))
  .map(([text, inserts]) => {
    let out = text;
    for (const [at, piece] of inserts) {
      const i = out.length === 0 ? 0 : at % out.length;
      out = out.slice(0, i) + piece + out.slice(i);
    }
    return out;
  });
const misdecoded = fc
  .tuple(fragment, fc.constantFrom('utf8', 'latin1', 'utf16le', 'big5'))
  .map(([text, as]) => {
    const bytes = iconv.encode(text, 'gb18030');
    return as === 'big5' ? iconv.decode(bytes, 'big5') : bytes.toString(as as BufferEncoding);
  });
const hugeLine = fc
  .tuple(
    fragment.map((f) => f.replace(/\s+/g, '') || '推进重点工作'),
    fc.integer({ min: 10_000, max: 120_000 }),
  )
  .map(([f, n]) => f.repeat(Math.ceil(n / f.length)).slice(0, n));
const extractorInput = fc.oneof(
  { weight: 3, arbitrary: noisy },
  { weight: 2, arbitrary: misdecoded },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 3000 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3000 }) },
  { weight: 1, arbitrary: hugeLine },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      '\n'.repeat(50_000),
      '一、'.repeat(20_000),
      '（一）'.repeat(10_000),
      '1.'.repeat(30_000),
      '到2025年'.repeat(10_000),
      '%'.repeat(50_000),
    ),
  },
);

describe('extractor on hostile text', () => {
  it('never throws, stays within time, and keeps offsets inside the text', { timeout: 120_000 }, () => {
    let slowest = 0;
    fc.assert(
      fc.property(
        extractorInput,
        fc.constantFrom('2024-01-08', '2023-12-31', '2024-02-29'),
        (text, meetingDate) => {
          const started = performance.now();
          const result = extractDocument(text, { meetingDate });
          const ms = performance.now() - started;
          slowest = Math.max(slowest, ms);
          // The 100,000-character benchmark takes ~0.1-0.5 s; 10 s per input means a runaway, not a slow machine.
          expect(ms).toBeLessThan(10_000);
          const sectionIds = new Set(result.sections.map((s) => s.id));
          for (const s of result.sections)
            if (s.parentId !== null) expect(sectionIds.has(s.parentId)).toBe(true);
          for (const task of result.tasks) {
            expect(task.sourceOffset).toBeGreaterThanOrEqual(0);
            expect(task.sourceLength).toBeGreaterThanOrEqual(0);
            expect(task.sourceOffset + task.sourceLength).toBeLessThanOrEqual(text.length);
            if (task.sectionId !== null) expect(sectionIds.has(task.sectionId)).toBe(true);
            for (const target of task.targets) {
              if (target.value !== null) expect(Number.isFinite(target.value)).toBe(true);
              if (target.deadline !== null) expect(target.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            }
          }
        },
      ),
      { numRuns: runs },
    );
    console.log(`[fuzz extractor] ${runs} inputs, slowest ${slowest.toFixed(0)} ms`);
  });
});

async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(dbKinds())('corrupted files and uploads on %s', (kind) => {
  let t: TestApp;
  let supervisor: string;
  let decisionId: string;
  let goodSheet: Buffer;
  let docx: Buffer;
  beforeAll(async () => {
    t = await createTestApp(kind);
    supervisor = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: { cookie: supervisor },
      payload: {
        title: '台账导入',
        kind: 'executive_meeting',
        date: '2024-03-01',
        source: 'district_direct',
      },
    });
    decisionId = created.json().id;
    goodSheet = await workbook((wb) => {
      const ws = wb.addWorksheet('台账');
      ws.addRow([...ledgerColumns]);
      for (let i = 1; i <= 30; i++)
        ws.addRow([
          i,
          `2024-${i}`,
          `推进第${i}项重点工作`,
          '新建幼儿园3所',
          '',
          '',
          '',
          '',
          '2024-03-01',
          '2024-12-31',
          '区委区政府直接下达',
          '',
          '',
        ]);
    });
    docx = Buffer.from(
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('不是台账')] }] })),
    );
  });
  afterAll(async () => t.close());

  const importFile = (bytes: Buffer, name = 'ledger.xlsx', type = xlsxType) => {
    const body = multipart({ name, type, bytes });
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${decisionId}/import`,
      headers: { cookie: supervisor, ...body.headers },
      payload: body.payload,
    });
  };
  const taskCount = async () =>
    (
      await queryRows<{ n: number }>(
        t.db.orm,
        sql`SELECT count(*)::int AS n FROM tasks WHERE decision_id = ${decisionId}`,
      )
    )[0]?.n;

  it('refuses a broken workbook with a clear code and imports nothing', { timeout: 120_000 }, async () => {
    const cases: Array<[string, Buffer, number, string]> = [
      ['random bytes', Buffer.from('not a spreadsheet at all \u0000\u0001'), 415, 'UNSUPPORTED_FILE_TYPE'],
      // ExcelJS opens any zip: a Word document reads as a workbook without the ledger's sheet.
      ['a zip that is a Word document', docx, 422, 'IMPORT_INVALID'],
      ['an empty file', Buffer.alloc(0), 422, 'VALIDATION_FAILED'],
      ['truncated to half', goodSheet.subarray(0, goodSheet.length / 2), 415, 'UNSUPPORTED_FILE_TYPE'],
      [
        'a workbook whose sheet is something else',
        await workbook((wb) =>
          wb.addWorksheet('人员名单').addRows([
            ['姓名', '电话'],
            ['张三', '13800000000'],
          ]),
        ),
        422,
        'IMPORT_INVALID',
      ],
      ['a workbook with no sheet', await workbook(() => undefined), 422, 'IMPORT_INVALID'],
    ];
    for (const [what, bytes, status, code] of cases) {
      const res = await importFile(bytes);
      expect({ what, status: res.statusCode, code: res.json().error?.code }, res.body.slice(0, 300)).toEqual({
        what,
        status,
        code,
      });
    }
    expect(await taskCount()).toBe(0);
  });

  it(
    'answers 415 or 422, never 5xx, to a workbook cut or damaged anywhere',
    { timeout: 120_000 },
    async () => {
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.nat().map((n) => goodSheet.subarray(0, n % goodSheet.length)),
            fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, junk]) => {
              const copy = Buffer.from(goodSheet);
              copy.set(junk.subarray(0, Math.max(0, copy.length - (at % copy.length))), at % copy.length);
              return copy;
            }),
            fc.uint8Array({ maxLength: 4096 }).map((a) => Buffer.from(a)),
          ),
          async (bytes) => {
            const before = await taskCount();
            const res = await importFile(bytes);
            expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
            if (res.statusCode !== 201) {
              refused++;
              expect([415, 422]).toContain(res.statusCode);
              expect(res.json().error.code).toMatch(
                /^(UNSUPPORTED_FILE_TYPE|IMPORT_INVALID|VALIDATION_FAILED)$/,
              );
              expect(await taskCount()).toBe(before);
            }
          },
        ),
        { numRuns: Math.max(20, Math.floor(runs / 5)) },
      );
      expect(refused).toBeGreaterThan(0);
    },
  );

  it(
    'answers 201 or 422 naming cells, never 5xx, to the right columns holding random cells',
    { timeout: 120_000 },
    async () => {
      const cell = fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replace(/[\ud800-\udfff]/g, '')),
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.constantFrom(
          '',
          '2024-13-45',
          '2024年12月底',
          '=1/0',
          '#N/A',
          '区委区政府直接下达',
          '新建幼儿园3所；改造道路5公里',
          'x'.repeat(20_000),
        ),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.array(cell, { minLength: ledgerColumns.length, maxLength: ledgerColumns.length }), {
            minLength: 1,
            maxLength: 8,
          }),
          async (rows) => {
            const bytes = await workbook((wb) => {
              const ws = wb.addWorksheet('台账');
              ws.addRow([...ledgerColumns]);
              rows.forEach((r) => ws.addRow(r));
            });
            const res = await importFile(bytes);
            expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
            if (res.statusCode === 422) expect(res.json().error.code).toBe('IMPORT_INVALID');
            else expect(res.statusCode).toBe(201);
          },
        ),
        { numRuns: Math.max(15, Math.floor(runs / 15)) },
      );
    },
  );

  it(
    'refuses uploads of the wrong type (415) and oversized ones (413), never 5xx',
    { timeout: 120_000 },
    async () => {
      // confirmDuplicate: every upload here carries the same title and date on purpose.
      const fields = {
        title: '上传',
        kind: 'plenary',
        date: '2024-01-05',
        source: 'district_direct',
        confirmDuplicate: 'true',
      };
      const upload = (name: string, type: string, bytes: Buffer) => {
        const body = multipart({ name, type, bytes }, fields);
        return t.app.inject({
          method: 'POST',
          url: '/api/v1/decisions/upload',
          headers: { cookie: supervisor, ...body.headers },
          payload: body.payload,
        });
      };
      const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
      expect((await upload('report.docx', 'application/octet-stream', png)).statusCode).toBe(415);
      expect(
        (await upload('report.exe', 'application/x-msdownload', Buffer.from('MZ\u0090\u0000'))).statusCode,
      ).toBe(415);
      expect((await upload('ledger.xlsx', xlsxType, goodSheet)).statusCode).toBe(415);
      expect(
        (await upload('report.docx', 'application/octet-stream', docx.subarray(0, docx.length / 3)))
          .statusCode,
      ).toBe(415);
      expect((await upload('big.txt', 'text/plain', Buffer.alloc(21 * 1024 * 1024, 0x61))).statusCode).toBe(
        413,
      );
      expect((await importFile(Buffer.alloc(21 * 1024 * 1024, 0x50))).statusCode).toBe(413);
      // JSON where a file is expected, and a file where JSON is expected.
      const json = await t.app.inject({
        method: 'POST',
        url: `/api/v1/decisions/${decisionId}/import`,
        headers: { cookie: supervisor },
        payload: { file: 'x' },
      });
      expect(json.statusCode).toBe(415);
      const body = multipart({ name: 'a.txt', type: 'text/plain', bytes: Buffer.from('x') });
      const wrong = await t.app.inject({
        method: 'POST',
        url: '/api/v1/decisions',
        headers: { cookie: supervisor, ...body.headers },
        payload: body.payload,
      });
      expect({ status: wrong.statusCode, code: wrong.json().error?.code }, wrong.body.slice(0, 300)).toEqual({
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
      });

      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('a.txt', 'a.docx', 'a.doc', 'a.pdf', 'a', '..\\..\\a.txt', '落实.TXT'),
          fc.uint8Array({ maxLength: 2048 }),
          async (name, bytes) => {
            const res = await upload(name, 'application/octet-stream', Buffer.from(bytes));
            expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
            expect([201, 413, 415, 422]).toContain(res.statusCode);
          },
        ),
        { numRuns: Math.max(20, Math.floor(runs / 5)) },
      );
    },
  );
});
