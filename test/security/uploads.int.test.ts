/**
 * Issue #11 finding 1 and the multipart half of 9: uploads are bounded before parsing (zip directory, sheet
 * rows), extraction is capped, parsing runs in a worker under memory and time limits so /health keeps
 * answering, and malformed multipart bodies answer 4xx with a code.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, loginAs } from '../helpers/factories';
import { docxOf } from '../helpers/office-bombs';
import { multipart } from '../helpers/multipart';
import { createTestApp, dbKinds, type TestApp } from '../helpers/test-app';

// confirmDuplicate: every upload here carries the same title and date on purpose.
const fields = {
  title: '上传',
  kind: 'plenary',
  date: '2024-01-05',
  source: 'district_direct',
  confirmDuplicate: 'true',
};

/** A text that extracts to more than 2,000 drafts (a fixture of 36 tasks, 70 times). */
const floodText = readFileSync('src/domain/extract/fixtures/unseen-points.txt', 'utf8').repeat(70);

async function upload(
  t: TestApp,
  cookie: string,
  name: string,
  bytes: Buffer,
  url = '/api/v1/decisions/upload',
) {
  const body = multipart({ name, type: 'application/octet-stream', bytes }, fields);
  return t.app.inject({ method: 'POST', url, headers: { cookie, ...body.headers }, payload: body.payload });
}

describe.each(dbKinds())('uploads are bounded and parsed off the event loop (%s)', (kind) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    cookie = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
  });
  afterAll(async () => t?.close());

  it('refuses a .docx bomb from its zip directory, quickly and without memory growth', async () => {
    const bomb = await docxOf(20);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const before = process.memoryUsage().rss;
    const started = Date.now();
    const res = await upload(t, cookie, 'bomb.docx', bomb);
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'FILE_TOO_COMPLEX',
      details: { fields: [{ path: 'file' }], limit: 'partSize' },
    });
    // Includes the worker's first start on a busy 2-core machine; unbounded, mammoth took 44 s and 3.3 GB.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
  });

  it('refuses a sheet with a cell at row 1,048,576 while streaming it', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('台账');
    sheet.getCell('A1').value = '任务内容';
    sheet.getCell('A2').value = '任务';
    sheet.getCell('A1048576').value = '远处';
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const decision = await t.app.inject({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: { cookie },
      payload: { ...fields, text: null },
    });
    expect(decision.statusCode).toBe(201);
    const started = Date.now();
    const res = await upload(
      t,
      cookie,
      'ledger.xlsx',
      bytes,
      `/api/v1/decisions/${decision.json().id}/import`,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'FILE_TOO_COMPLEX', details: { limit: 'rows' } });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('caps drafts per extraction with 422 on text, and /health answers while the extractor runs', async () => {
    const up = await upload(t, cookie, 'flood.txt', Buffer.from(floodText));
    expect(up.statusCode).toBe(201);
    const extraction = t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${up.json().id}/extract`,
      headers: { cookie },
    });
    await new Promise((r) => setTimeout(r, 200));
    const started = Date.now();
    const health = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    const healthMs = Date.now() - started;
    const res = await extraction;
    expect(health.statusCode).toBe(200);
    expect(healthMs).toBeLessThan(1000);
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'TOO_MANY_DRAFTS',
      details: { fields: [{ path: 'text' }] },
    });
  });
});

describe('a worker over its limits answers 422 and the server carries on', () => {
  it('memory limit', async () => {
    const t = await createTestApp('pglite', {
      config: { parsing: { workers: 1, memoryMb: 16, timeoutMs: 60_000, maxQueue: 8 } },
    });
    try {
      const cookie = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
      const res = await upload(t, cookie, 'dense.docx', await docxOf(3));
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'FILE_TOO_COMPLEX', details: { limit: 'memory' } });
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('time limit', async () => {
    const t = await createTestApp('pglite', {
      config: { parsing: { workers: 1, memoryMb: 384, timeoutMs: 100, maxQueue: 8 } },
    });
    try {
      const cookie = await loginAs(t, await buildUser(t, { roles: ['supervisor'] }));
      const up = await upload(t, cookie, 'flood.txt', Buffer.from(floodText));
      expect(up.statusCode).toBe(422);
      expect(up.json().error).toMatchObject({ code: 'FILE_TOO_COMPLEX', details: { limit: 'time' } });
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
