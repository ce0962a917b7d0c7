import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildBulletinDocx,
  bulletinTitle,
  MAX_LISTED_ITEMS,
  type BulletinData,
  type BulletinTask,
} from './bulletin-docx';
import { chineseNumeral, formatChineseDate, formatCount, formatPercent } from './official-format';

// The .docx is read back two ways: mammoth for the text a reader sees, the zip's XML for the format.

const seed: BulletinData = {
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

interface ReadBack {
  text: string;
  document: string;
  styles: string;
  settings: string;
  fontTable: string;
  core: string;
  /** Footer XML by its sectPr reference type (default = odd pages, even). */
  footers: Record<string, string>;
}

async function readBack(data: BulletinData): Promise<ReadBack> {
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
function attr(xml: string, tag: string, name: string): string | undefined {
  const element = new RegExp(`<w:${tag}\\b[^>]*>`).exec(xml)?.[0];
  return element ? new RegExp(`w:${name}="([^"]*)"`).exec(element)?.[1] : undefined;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The run properties and paragraph properties around the run whose text is exactly `text`. */
function runOf(xml: string, text: string): { rPr: string; pPr: string } {
  const escaped = escapeRegExp(text);
  const paragraphs = xml.split('</w:p>');
  for (const p of paragraphs) {
    const run = new RegExp(`<w:r>((?:(?!</w:r>).)*?)<w:t(?: [^>]*)?>${escaped}</w:t>`).exec(p);
    if (run) return { rPr: run[1] ?? '', pPr: /<w:pPr>(.*?)<\/w:pPr>/.exec(p)?.[1] ?? '' };
  }
  throw new Error(`no run with text ${text}`);
}

/** Text with all whitespace removed: table cells and line breaks come out of mammoth as blank lines. */
const squeeze = (s: string): string => s.replace(/\s+/g, '');

describe('bulletinTitle', () => {
  it('names the month of the period', () => {
    expect(bulletinTitle(seed)).toBe('关于2024年7月区委全会决策部署落实情况的通报');
    expect(bulletinTitle({ ...seed, period: '2025-12' })).toBe(
      '关于2025年12月区委全会决策部署落实情况的通报',
    );
  });
});

describe('official number and date formats', () => {
  it('writes dates in Arabic numerals without leading zeros, counts with separators, one-decimal percentages', () => {
    expect(formatChineseDate('2024-08-01')).toBe('2024年8月1日');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(999)).toBe('999');
    expect(formatPercent(36.95)).toBe('37.0%');
    expect(formatPercent(100)).toBe('100.0%');
    expect([1, 4, 10, 11, 20, 23].map(chineseNumeral)).toEqual(['一', '四', '十', '十一', '二十', '二十三']);
  });
});

describe('buildBulletinDocx: what it says', () => {
  let doc: ReadBack;
  beforeAll(async () => {
    doc = await readBack(seed);
  });

  it('has the title, the addressee, the serial and the headings in order', () => {
    const text = squeeze(doc.text);
    const order = [
      '第7期',
      bulletinTitle(seed),
      '各街道党工委、办事处，区直各部门：',
      '一、总体进展情况',
      '二、各单位推进情况',
      '三、存在的问题',
      '（一）红灯任务',
      '（二）黄灯任务',
      '（三）逾期未整改问题',
      '（四）未按时报送进展的单位',
      '四、下步工作要求',
    ].map((s) => text.indexOf(squeeze(s)));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(doc.core).toContain(`<dc:title>${bulletinTitle(seed)}</dc:title>`);
  });

  it('gives the overall figures with thousands separators and one-decimal percentages', () => {
    expect(doc.text).toContain('全区共下发目标任务1,234项，已完成456项，完成率37.0%');
    expect(doc.text).toContain('其中按期完成420项');
    expect(doc.text).toContain('从预警情况看，亮红灯1项、亮黄灯2项，其余775项在推任务按计划推进。');
  });

  it('lists every lead unit with its counts and completion rate, in rank order', () => {
    const rows = [...seed.units]
      .sort((a, b) => a.rank - b.rank)
      .map((u) =>
        [
          String(u.rank),
          u.unitName,
          ...[u.total, u.completed, u.inProgress, u.yellow, u.red].map(formatCount),
          formatPercent(u.completionRate),
        ]
          .map(escapeRegExp)
          .join('\\s+'),
      );
    expect(doc.text).toMatch(new RegExp(rows.join('\\s+')));
    expect(doc.text).toMatch(/区发展和改革委员会\s+1,500\s+1,200\s+300/);
  });

  it('names the red and yellow tasks with their units, reasons and progress', () => {
    for (const t of [...seed.redTasks, ...seed.yellowTasks]) {
      expect(doc.text).toContain(`${t.code} ${t.title}（牵头单位：${t.unitName}）：${t.reasons.join('、')}`);
      expect(doc.text).toContain(
        `计划${formatChineseDate(t.dueDate)}完成，当前进度${formatPercent(t.progress)}`,
      );
    }
    const text = squeeze(doc.text);
    const red = text.slice(text.indexOf('（一）红灯任务'), text.indexOf('（二）黄灯任务'));
    expect(red).toContain('1．RW-2024-031');
    expect(red).not.toContain('RW-2024-007');
  });

  it('names the overdue rectification, the unit that did not report, the issuing offices and the date', () => {
    expect(doc.text).toContain(
      '农贸市场消防通道被占用（责任单位：区市场监督管理局），整改时限2024年7月15日，已逾期16天',
    );
    expect(doc.text).toContain('区农业农村局（涉及任务6项）');
    // Two offices, one line each, then the date: the last three lines of the document.
    const lines = doc.text.split('\n').filter((l) => l.trim() !== '');
    expect(lines.slice(-3)).toEqual(['中共示范区委办公室', '示范区人民政府办公室', '2024年8月1日']);
  });

  it('says 无 under each empty list, and lists no zero counts', async () => {
    const empty = await readBack({
      ...seed,
      overall: { ...seed.overall, red: 0, yellow: 0 },
      redTasks: [],
      yellowTasks: [],
      overdueRectifications: [],
      unitsNotReported: [],
    });
    const text = squeeze(empty.text);
    expect(text).toContain(
      '（一）红灯任务无。（二）黄灯任务无。（三）逾期未整改问题无。（四）未按时报送进展的单位无。',
    );
    expect(text).toContain('完成率37.0%；无亮红灯、黄灯任务。');
    expect(text).toContain('从预警情况看，在推任务均按计划推进，无亮红灯、黄灯任务。');
    expect(text).not.toMatch(/[红黄]灯(任务)?0项/);
  });

  it('puts a long list of tasks into a table with a repeated header instead of numbered paragraphs', async () => {
    const many: BulletinTask[] = Array.from({ length: MAX_LISTED_ITEMS + 1 }, (_, i) => ({
      code: `RW-2024-${String(100 + i)}`,
      title: `任务${i}`,
      unitName: '区财政局',
      reasons: ['时间过半任务未过半'],
      dueDate: '2024-12-31',
      progress: 20,
    }));
    const long = await readBack({ ...seed, yellowTasks: many });
    expect(long.document.match(/<w:tbl>/g)).toHaveLength(2);
    expect(long.document.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    expect(long.text).toContain(`本期亮黄灯任务${MAX_LISTED_ITEMS + 1}项`);
    for (const t of many) expect(long.text).toMatch(new RegExp(`${t.code}\\s+${t.title}\\s+区财政局`));
    expect(doc.document.match(/<w:tbl>/g)).toHaveLength(1);
  });
});

describe('buildBulletinDocx: GB/T 9704 format', () => {
  let doc: ReadBack;
  beforeAll(async () => {
    doc = await readBack(seed);
  });

  it('is A4 with top 37 mm and binding 28 mm margins and a 156 × 225 mm text block', () => {
    const mm = (twips: string | undefined): number => (Number(twips) * 25.4) / 1440;
    expect(attr(doc.document, 'pgSz', 'w')).toBe('11906');
    expect(attr(doc.document, 'pgSz', 'h')).toBe('16838');
    expect(attr(doc.document, 'pgMar', 'top')).toBe('2098');
    expect(attr(doc.document, 'pgMar', 'left')).toBe('1588');
    const width =
      11906 - Number(attr(doc.document, 'pgMar', 'left')) - Number(attr(doc.document, 'pgMar', 'right'));
    const height =
      16838 - Number(attr(doc.document, 'pgMar', 'top')) - Number(attr(doc.document, 'pgMar', 'bottom'));
    expect(mm(String(width))).toBeCloseTo(156, 1);
    expect(mm(String(height))).toBeCloseTo(225, 1);
  });

  it('sets 22 lines a page (28.95 pt exact) of 28 characters (3号 condensed 0.25 pt)', () => {
    expect(attr(doc.document, 'docGrid', 'linePitch')).toBe('579');
    const body = runOf(doc.document, '一、总体进展情况');
    expect(body.pPr).toContain('w:line="579" w:lineRule="exact"');
    // 28 × (16 pt − 0.25 pt) = 441 pt fits the 442.2 pt line; 16 pt characters would make it 27.
    expect(body.rPr).toContain('<w:spacing w:val="-5"/>');
    expect(body.rPr).toContain('<w:sz w:val="32"/>');
    expect(doc.styles).toMatch(/w:styleId="Normal">.*?<w:spacing w:val="-5"\/><w:sz w:val="32"\/>/);
  });

  it('sets the title in 2号 方正小标宋简体, the body in 3号 仿宋_GB2312, 一、 in 黑体, （一） in 楷体_GB2312, 1. in 仿宋', () => {
    const title = runOf(doc.document, '关于2024年7月区委全会决策部署');
    expect(title.rPr).toContain('w:eastAsia="方正小标宋简体"');
    expect(title.rPr).toContain('<w:sz w:val="44"/>');
    expect(title.pPr).toContain('<w:jc w:val="center"/>');
    expect(runOf(doc.document, '一、总体进展情况').rPr).toContain('w:eastAsia="黑体"');
    expect(runOf(doc.document, '（一）红灯任务').rPr).toContain('w:eastAsia="楷体_GB2312"');
    expect(runOf(doc.document, '（一）压实工作责任。').rPr).toContain('w:eastAsia="楷体_GB2312"');
    const item = runOf(
      doc.document,
      '1．RW-2024-031 新建第三实验小学（牵头单位：东城街道）：已逾期，计划2024年6月30日完成，当前进度40.0%。',
    );
    expect(item.rPr).toContain('w:eastAsia="仿宋_GB2312"');
    expect(item.rPr).toContain('<w:sz w:val="32"/>');
    expect(doc.styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts [^>]*w:eastAsia="仿宋_GB2312"/);
    // A machine without the official faces: the font table names what to use instead.
    expect(doc.fontTable).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    expect(doc.fontTable).toMatch(/<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"\/>/);
  });

  it('puts the page number "— n —" in 4号 on the right of odd pages and the left of even pages', () => {
    expect(doc.settings).toContain('<w:evenAndOddHeaders/>');
    const odd = doc.footers['default'] ?? '';
    const even = doc.footers['even'] ?? '';
    for (const footer of [odd, even]) {
      expect(footer).toMatch(
        /<w:t xml:space="preserve">— <\/w:t>.*PAGE.*<w:t xml:space="preserve"> —<\/w:t>/,
      );
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(even).toContain('<w:jc w:val="left"/>');
  });

  it('makes tables exactly as wide as the text block, with a header row repeated on every page', () => {
    const table = /<w:tbl>.*?<\/w:tbl>/.exec(doc.document)?.[0] ?? '';
    expect(attr(table, 'tblW', 'type')).toBe('pct');
    expect(attr(table, 'tblW', 'w')).toBe('5000');
    expect(attr(table, 'tblLayout', 'type')).toBe('fixed');
    const columns = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(columns).toHaveLength(8);
    expect(columns.reduce((a, b) => a + b, 0)).toBe(8844);
    expect(table).toMatch(/^<w:tbl>.*?<w:tr><w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/);
    expect(runOf(table, '区财政局').rPr).toContain('<w:sz w:val="24"/>');
  });

  it('opens with the 版头: 督查通报 in red 初号 方正小标宋简体, 第7期 in 楷体, office and date over a red rule', () => {
    const lines = doc.text.split('\n').filter((l) => l.trim() !== '');
    expect(lines.slice(0, 4)).toEqual([
      '督查通报',
      '第7期',
      '中共示范区委办公室 示范区人民政府办公室\t2024年8月1日',
      '关于2024年7月区委全会决策部署落实情况的通报',
    ]);
    const name = runOf(doc.document, '督查通报');
    expect(name.rPr).toContain('<w:color w:val="FF0000"/>');
    expect(name.rPr).toContain('<w:sz w:val="84"/>');
    expect(name.rPr).toContain('w:eastAsia="方正小标宋简体"');
    expect(name.pPr).toContain('<w:jc w:val="center"/>');
    // Two grid lines, exact: the page keeps its 22 lines.
    expect(name.pPr).toContain('w:line="1158" w:lineRule="exact"');
    expect(runOf(doc.document, '第7期').rPr).toContain('w:eastAsia="楷体_GB2312"');
    const office = runOf(doc.document, '中共示范区委办公室 示范区人民政府办公室');
    expect(office.pPr).toMatch(
      /<w:pBdr><w:bottom w:val="single" w:color="FF0000" w:sz="18" w:space="4"\/><\/w:pBdr>/,
    );
    expect(office.pPr).toContain('<w:tab w:val="right" w:pos="8844"/>');
  });

  it('leaves 第X期 out of the 版头 of a bulletin without a number', async () => {
    const unnumbered = await readBack({ ...seed, issueNumber: undefined });
    const lines = unnumbered.text.split('\n').filter((l) => l.trim() !== '');
    expect(lines[0]).toBe('督查通报');
    expect(lines[1]).toBe('中共示范区委办公室 示范区人民政府办公室\t2024年8月1日');
    expect(unnumbered.text).not.toMatch(/第\d+期/);
  });

  it('right-aligns the issuing office and the date at the end', () => {
    // After the last section: the 版头 names the office and the date too.
    const end = doc.document.slice(doc.document.indexOf('四、下步工作要求'));
    const date = runOf(end, '2024年8月1日');
    expect(date.pPr).toContain('<w:jc w:val="right"/>');
    expect(runOf(end, '中共示范区委办公室').pPr).toContain('<w:jc w:val="right"/>');
  });
});
