import { beforeAll, describe, expect, it } from 'vitest';
import { attr, readBack, runOf, seed, type ReadBack } from './bulletin-docx.fixture';

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
    // …and that each is a GB2312 (code page 936) face, so Word and WPS substitute a Chinese face, not a Latin one.
    const fangsong = /<w:font w:name="仿宋_GB2312">.*?<\/w:font>/.exec(doc.fontTable)?.[0] ?? '';
    expect(fangsong).toContain('<w:charset w:val="86"/>');
    expect(fangsong).toContain('w:csb0="00040001"');
  });

  it('hangs no punctuation past the right margin: every character stays within the text block', () => {
    expect(doc.styles).toMatch(/<w:pPrDefault><w:pPr><w:overflowPunct w:val="0"\/>/);
    expect(doc.styles).toMatch(
      /w:styleId="Normal">.*?<w:pPr>[^]*?<w:overflowPunct w:val="0"\/>[^]*?<\/w:pPr>/,
    );
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
