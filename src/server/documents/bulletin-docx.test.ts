import { beforeAll, describe, expect, it } from 'vitest';
import { bulletinTitle, MAX_LISTED_ITEMS, type BulletinTask } from './bulletin-docx';
import { escapeRegExp, readBack, seed, squeeze, type ReadBack } from './bulletin-docx.fixture';
import { chineseNumeral, formatChineseDate, formatCount, formatPercent } from './official-format';

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
