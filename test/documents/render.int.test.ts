/**
 * Documents that open the same in WPS and Word (issue 21): the demo district's real documents, fetched through
 * the app, are converted by LibreOffice to PDF in one go, and each PDF is read back: it exists (the file opened
 * without repair), its page count is in the expected range, no word lies beyond the text block (版心) the
 * document's own section properties set, Chinese is drawn with a real CJK font, and tables keep to the text
 * width. The spreadsheets keep frozen header rows, print areas and a page setup that fits the width.
 *
 * Runs only with LUOSHI_TEST_SOFFICE=1 (`npm run test:documents`): it needs LibreOffice and poppler-utils.
 * The PDFs and a PNG of their first pages stay in test-results/documents/ to look at.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_WIDTH_TWIPS } from '../../src/server/documents/official-style';
import { loadDemo } from '../../src/server/demo/load-demo';
import { createTestApp, dbKinds, type TestApp } from '../helpers/test-app';
import {
  CJK_FONT,
  PT_PER_MM,
  convertToPdf,
  docxTables,
  docxTextBlock,
  pdfFonts,
  pdfInfo,
  pdfWords,
  renderPng,
  wordsOutside,
  type PdfInfo,
  type PdfWord,
  type TextBlock,
} from './office-render';

const enabled = process.env.LUOSHI_TEST_SOFFICE === '1';
const password = 'Demo#Pass2026';
const outDir = resolve('test-results', 'documents');

/**
 * The Word documents: a word of each title, and how many A4 pages each takes for the demo district (bulletin 5,
 * quarterly analysis 7, assessment report 2, minutes 4 when written; the ranges leave room for the demo to grow).
 */
const wordDocuments = [
  { key: 'bulletin', title: '通报', pages: [3, 8] },
  { key: 'quarterly', title: '季度', pages: [4, 10] },
  { key: 'assessment', title: '考核', pages: [1, 4] },
  { key: 'minutes', title: '纪要', pages: [2, 6] },
] as const;
// The ledger (tasks and their sub-tasks, A3) took 4 pages, the assessment results (two groups) 2.
const sheets = [
  { key: 'ledger', pages: [2, 8] },
  { key: 'assessment-results', pages: [2, 4] },
] as const;
type DocKey = (typeof wordDocuments)[number]['key'] | (typeof sheets)[number]['key'];

// Page numbers "— n —" sit in the footer, below the text block, by design (GB/T 9704 §7.5).
const isPageNumber = (w: PdfWord) => /^(—|-|–|\d+)$/.test(w.text);
// LibreOffice (7.4) ignores w:overflowPunct="0" (official-style.ts: Word and WPS keep the closing mark inside
// the text block) and hangs a full-width closing mark at the end of a full line into the right margin: the
// only thing allowed past the right edge here, by at most one 3号 character (16 pt).
const isHangingPunctuation = (w: PdfWord, block: TextBlock) =>
  /[，。、；：！？）」』”]$/.test(w.text) && w.xMax <= block.right + 16.5 && w.xMin >= block.left;

describe.skipIf(!enabled)('documents through LibreOffice', () => {
  let t: TestApp;
  const files = new Map<DocKey, { path: string; bytes: Buffer }>();
  let pdfs = new Map<string, string>();

  beforeAll(async () => {
    await rm(outDir, { recursive: true, force: true });
    await mkdir(outDir, { recursive: true });
    // The documents do not depend on the database: PostgreSQL when CI provides it (the demo loads faster), else PGlite.
    t = await createTestApp(dbKinds().includes('postgres') ? 'postgres' : 'pglite');
    // Today is 2026-03-16: a year of reports, February's bulletin, last Saturday's meeting, the assessment.
    t.clock.set('2026-03-16T02:00:00Z');
    await loadDemo(t.deps, { via: 'cli', password });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'demo-supervisor', password },
    });
    const sid = login.cookies.find((c) => c.name === 'luoshi_sid')?.value;
    if (!sid) throw new Error(`login: ${login.statusCode} ${login.body}`);
    const get = async (url: string) => {
      const res = await t.app.inject({ method: 'GET', url, headers: { cookie: `luoshi_sid=${sid}` } });
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
      return res;
    };
    const bulletin = (await get('/api/v1/bulletins')).json<{ items: Array<{ id: string }> }>().items[0];
    const meeting = (await get('/api/v1/meetings')).json<{ items: Array<{ id: string }> }>().items[0];
    const urls: Record<DocKey, string> = {
      bulletin: `/api/v1/bulletins/${bulletin?.id}/document`,
      quarterly: '/api/v1/analysis/quarterly/document?year=2025&quarter=4',
      assessment: '/api/v1/assessment/results/document?year=2026',
      minutes: `/api/v1/meetings/${meeting?.id}/minutes.docx`,
      ledger: '/api/v1/tasks/export',
      'assessment-results': '/api/v1/assessment/results/export?year=2026',
    };
    for (const [key, url] of Object.entries(urls) as Array<[DocKey, string]>) {
      const bytes = (await get(url)).rawPayload;
      const ext = sheets.some((s) => s.key === key) ? 'xlsx' : 'docx';
      const path = join(outDir, `${key}.${ext}`);
      await writeFile(path, bytes);
      files.set(key, { path, bytes });
    }
    pdfs = await convertToPdf(
      [...files.values()].map((f) => f.path),
      outDir,
    );
  }, 600_000);
  afterAll(async () => t?.close());

  const pdfOf = (key: DocKey) => pdfs.get(files.get(key)?.path ?? '') ?? '';

  describe.each(wordDocuments)('$key', ({ key, title, pages }) => {
    let info: PdfInfo;
    let block: TextBlock;
    let words: PdfWord[];
    beforeAll(async () => {
      info = await pdfInfo(pdfOf(key));
      block = await docxTextBlock(files.get(key)?.bytes ?? Buffer.alloc(0));
      words = await pdfWords(pdfOf(key));
      await renderPng(pdfOf(key), join(outDir, key));
    });

    it('opens and converts, A4, in the expected number of pages', () => {
      expect(info.width).toBeCloseTo(595.3, 0);
      expect(info.height).toBeCloseTo(841.9, 0);
      expect(info.pages).toBeGreaterThanOrEqual(pages[0]);
      expect(info.pages).toBeLessThanOrEqual(pages[1]);
      expect(words.map((w) => w.text).join('')).toContain(title);
    });

    it('sets the GB/T 9704 margins and keeps every word inside the text block', () => {
      // 37 mm top, 28 mm left, 156 mm × 225 mm text block (as official-style.ts rounds them).
      expect(block.left / PT_PER_MM).toBeCloseTo(28, 0);
      expect(block.top / PT_PER_MM).toBeCloseTo(37, 0);
      expect((block.right - block.left) / PT_PER_MM).toBeCloseTo(156, 0);
      const outside = wordsOutside(words, block);
      const stray = outside.filter(
        (w) => !(isPageNumber(w) && w.yMin > block.bottom) && !isHangingPunctuation(w, block),
      );
      expect(stray.slice(0, 10)).toEqual([]);
    });

    it('draws the Chinese with a real CJK font, every font embedded', async () => {
      const fonts = await pdfFonts(pdfOf(key));
      expect(
        fonts.some((f) => CJK_FONT.test(f.name)),
        JSON.stringify(fonts),
      ).toBe(true);
      expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    });

    it('declares fixed tables whose columns add up to the text width', async () => {
      const tables = await docxTables(files.get(key)?.bytes ?? Buffer.alloc(0));
      for (const table of tables) {
        expect(table.fixed).toBe(true);
        expect(table.gridTwips.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(TEXT_WIDTH_TWIPS);
      }
    });
  });

  describe.each(sheets)('$key', ({ key, pages }) => {
    const workbook = new ExcelJS.Workbook();
    beforeAll(async () => {
      await workbook.xlsx.load((files.get(key)?.bytes ?? Buffer.alloc(0)) as unknown as ArrayBuffer);
    });

    it('keeps the header frozen, a print area, repeated header rows and fit-to-width landscape', () => {
      expect(workbook.worksheets.length).toBeGreaterThan(0);
      for (const sheet of workbook.worksheets) {
        const view = sheet.views[0];
        expect(view).toMatchObject({ state: 'frozen', ySplit: 2 });
        expect(sheet.pageSetup).toMatchObject({
          orientation: 'landscape',
          fitToPage: true,
          fitToWidth: 1,
          fitToHeight: 0,
          printTitlesRow: '2:2',
        });
        const last = sheet.getColumn(sheet.columnCount).letter;
        expect(sheet.pageSetup.printArea).toBe(`A1:${last}${sheet.rowCount}`);
      }
    });

    it('prints within the expected number of pages, every column on the page', async () => {
      const info = await pdfInfo(pdfOf(key));
      expect(info.pages).toBeGreaterThanOrEqual(pages[0]);
      expect(info.pages).toBeLessThanOrEqual(pages[1]);
      // Landscape.
      expect(info.width).toBeGreaterThan(info.height);
      await renderPng(pdfOf(key), join(outDir, key), 1);
      const fonts = await pdfFonts(pdfOf(key));
      expect(
        fonts.some((f) => CJK_FONT.test(f.name)),
        JSON.stringify(fonts),
      ).toBe(true);
      // Fitted to the width: the first page shows the first sheet's last column too.
      const first = workbook.worksheets[0];
      const lastHeader = first?.getRow(2).getCell(first.columnCount).text ?? '';
      const firstPage = (await pdfWords(pdfOf(key))).filter((w) => w.page === 1).map((w) => w.text);
      expect(lastHeader).not.toBe('');
      expect(firstPage.join('')).toContain(lastHeader);
    });
  });
});
