/**
 * What test/documents/render.int.test.ts needs from the office tools on the machine: LibreOffice converts the
 * documents to PDF (one soffice call for all of them, on a throw-away profile), poppler reads the PDFs back
 * (pdfinfo: pages and page size, pdftotext -bbox: every word's box, pdffonts: the fonts used), and the .docx's
 * own section properties say where the text block (版心) is.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';

const run = promisify(execFile);

/** Points per twip (1/20 pt) and per millimetre. */
export const PT_PER_TWIP = 1 / 20;
export const PT_PER_MM = 72 / 25.4;

/**
 * Converts every file to PDF in outDir with one soffice start (it takes seconds to start), on a fresh user
 * profile so that no one's settings or a running instance interfere. Returns the PDF path of each file.
 */
export async function convertToPdf(files: readonly string[], outDir: string): Promise<Map<string, string>> {
  const profile = await mkdtemp(join(tmpdir(), 'luoshi-soffice-'));
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...files,
      ],
      { timeout: 240_000, maxBuffer: 4 * 1024 * 1024 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return new Map(files.map((f) => [f, join(outDir, basename(f).replace(/\.[^.]+$/, '.pdf'))]));
}

export interface PdfInfo {
  pages: number;
  /** Size of the first page in points. */
  width: number;
  height: number;
}

export async function pdfInfo(pdf: string): Promise<PdfInfo> {
  const { stdout } = await run('pdfinfo', [pdf]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? NaN);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
  return { pages, width: Number(size?.[1] ?? NaN), height: Number(size?.[2] ?? NaN) };
}

export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word of the PDF with its box in points from the page's top left (pdftotext -bbox). */
export async function pdfWords(pdf: string): Promise<PdfWord[]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const words: PdfWord[] = [];
  stdout.split(/<page /).forEach((chunk, i) => {
    if (i === 0) return;
    const re = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
    for (const m of chunk.matchAll(re)) {
      words.push({
        page: i,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: (m[5] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
      });
    }
  });
  return words;
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** The fonts the PDF uses (pdffonts), subset prefixes (ABCDEF+) removed. */
export async function pdfFonts(pdf: string): Promise<PdfFont[]> {
  const { stdout } = await run('pdffonts', [pdf]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      // name type [encoding] emb sub uni object ID: read from the right, the name has no spaces.
      const cols = line.trim().split(/\s+/);
      const emb = cols[cols.length - 5];
      return {
        name: (cols[0] ?? '').replace(/^[A-Z]{6}\+/, ''),
        type: cols[1] ?? '',
        embedded: emb === 'yes',
      };
    });
}

/** Fonts that draw Chinese: the CJK faces Debian's and Windows' font packages install. */
export const CJK_FONT =
  /WenQuanYi|WenQuanYiZenHei|Noto(Sans|Serif)CJK|SourceHan|FangSong|SimSun|SimHei|KaiTi|AR-?PL|Droid.*Fallback/i;

/** The text block of a .docx's first section in points: page size and margins from w:sectPr. */
export interface TextBlock {
  pageWidth: number;
  pageHeight: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export async function docxTextBlock(docx: Buffer): Promise<TextBlock> {
  const xml = (await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '';
  const pgSz = /<w:pgSz\b[^>]*\/>/.exec(xml)?.[0] ?? '';
  const pgMar = /<w:pgMar\b[^>]*\/>/.exec(xml)?.[0] ?? '';
  const attr = (el: string, name: string) => Number(new RegExp(`w:${name}="(-?\\d+)"`).exec(el)?.[1] ?? NaN);
  const pageWidth = attr(pgSz, 'w') * PT_PER_TWIP;
  const pageHeight = attr(pgSz, 'h') * PT_PER_TWIP;
  return {
    pageWidth,
    pageHeight,
    left: attr(pgMar, 'left') * PT_PER_TWIP,
    right: pageWidth - attr(pgMar, 'right') * PT_PER_TWIP,
    top: attr(pgMar, 'top') * PT_PER_TWIP,
    bottom: pageHeight - attr(pgMar, 'bottom') * PT_PER_TWIP,
  };
}

/** Tables of a .docx: their declared grid widths (w:gridCol) in twips and their layout. */
export async function docxTables(docx: Buffer): Promise<Array<{ gridTwips: number[]; fixed: boolean }>> {
  const xml = (await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tblGrid>/g)].map((m) => ({
    gridTwips: [...(m[1] ?? '').matchAll(/<w:gridCol w:w="(\d+)"/g)].map((g) => Number(g[1])),
    fixed: /<w:tblLayout w:type="fixed"\/>/.test(m[1] ?? ''),
  }));
}

/** Words outside the box, with a tolerance in points (glyph boxes overhang their advance a little). */
export function wordsOutside(
  words: readonly PdfWord[],
  box: { left: number; right: number; top: number; bottom: number },
  tolerance = 1.5,
): PdfWord[] {
  return words.filter(
    (w) =>
      w.xMin < box.left - tolerance ||
      w.xMax > box.right + tolerance ||
      w.yMin < box.top - tolerance ||
      w.yMax > box.bottom + tolerance,
  );
}

/** Renders some pages to PNG (pdftoppm -r 60) for a person to look at. */
export async function renderPng(pdf: string, prefix: string, lastPage = 2): Promise<void> {
  await run('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', String(lastPage), pdf, prefix]);
}
