/** The bulletin the .docx tests build, and how they read the file back. */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { buildBulletinDocx, type BulletinData } from './bulletin-docx';

// The .docx is read back two ways: mammoth for the text a reader sees, the zip's XML for the format.

export const seed: BulletinData = {
  districtName: '示范区',
  period: '2024-07',
  asOf: '2024-07-31',
  issuingOffice: '中共示范区委办公室 示范区人民政府办公室',
  issuedDate: '2024-08-01',
  issueNumber: 7,
  overall: {
    published: 1234,
    completed: 456,
    completedOnTime: 420,
    inProgress: 778,
    yellow: 2,
    red: 1,
    completionRate: 36.95,
  },
  units: [
    // Given out of order: the table must follow the ranks.
    {
      rank: 2,
      unitName: '区财政局',
      total: 12,
      completed: 6,
      inProgress: 6,
      yellow: 1,
      red: 0,
      completionRate: 50,
    },
    {
      rank: 1,
      unitName: '区发展和改革委员会',
      total: 1500,
      completed: 1200,
      inProgress: 300,
      yellow: 0,
      red: 0,
      completionRate: 80,
    },
    {
      rank: 3,
      unitName: '东城街道',
      total: 9,
      completed: 2,
      inProgress: 7,
      yellow: 1,
      red: 1,
      completionRate: 22.222,
    },
  ],
  redTasks: [
    {
      code: 'RW-2024-031',
      title: '新建第三实验小学',
      unitName: '东城街道',
      reasons: ['已逾期'],
      dueDate: '2024-06-30',
      progress: 40,
    },
  ],
  yellowTasks: [
    {
      code: 'RW-2024-007',
      title: '老旧小区改造二期',
      unitName: '区财政局',
      reasons: ['时间过半任务未过半'],
      dueDate: '2024-12-31',
      progress: 30,
    },
    {
      code: 'RW-2024-019',
      title: '一网通办平台升级',
      unitName: '东城街道',
      reasons: ['本期未报送进展'],
      dueDate: '2024-09-30',
      progress: 55.5,
    },
  ],
  overdueRectifications: [
    {
      title: '农贸市场消防通道被占用',
      unitName: '区市场监督管理局',
      deadline: '2024-07-15',
      daysOverdue: 16,
    },
  ],
  unitsNotReported: [{ unitName: '区农业农村局', taskCount: 6 }],
};

export interface ReadBack {
  text: string;
  document: string;
  styles: string;
  settings: string;
  fontTable: string;
  core: string;
  /** Footer XML by its sectPr reference type (default = odd pages, even). */
  footers: Record<string, string>;
}

export async function readBack(data: BulletinData): Promise<ReadBack> {
  const buffer = await buildBulletinDocx(data);
  const zip = await JSZip.loadAsync(buffer);
  const part = async (path: string): Promise<string> => {
    const file = zip.file(path);
    if (!file) throw new Error(`missing part ${path}`);
    return file.async('string');
  };
  const document = await part('word/document.xml');
  const rels = await part('word/_rels/document.xml.rels');
  const footers: Record<string, string> = {};
  for (const m of document.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    if (target) footers[m[1] ?? ''] = await part(`word/${target}`);
  }
  return {
    text: (await mammoth.extractRawText({ buffer })).value,
    document,
    styles: await part('word/styles.xml'),
    settings: await part('word/settings.xml'),
    fontTable: await part('word/fontTable.xml'),
    core: await part('docProps/core.xml'),
    footers,
  };
}

/** Attribute value of the first `<w:tag …>` in xml, or undefined. */
export function attr(xml: string, tag: string, name: string): string | undefined {
  const element = new RegExp(`<w:${tag}\\b[^>]*>`).exec(xml)?.[0];
  return element ? new RegExp(`w:${name}="([^"]*)"`).exec(element)?.[1] : undefined;
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The run properties and paragraph properties around the run whose text is exactly `text`. */
export function runOf(xml: string, text: string): { rPr: string; pPr: string } {
  const escaped = escapeRegExp(text);
  const paragraphs = xml.split('</w:p>');
  for (const p of paragraphs) {
    const run = new RegExp(`<w:r>((?:(?!</w:r>).)*?)<w:t(?: [^>]*)?>${escaped}</w:t>`).exec(p);
    if (run) return { rPr: run[1] ?? '', pPr: /<w:pPr>(.*?)<\/w:pPr>/.exec(p)?.[1] ?? '' };
  }
  throw new Error(`no run with text ${text}`);
}

/** Text with all whitespace removed: table cells and line breaks come out of mammoth as blank lines. */
export const squeeze = (s: string): string => s.replace(/\s+/g, '');
