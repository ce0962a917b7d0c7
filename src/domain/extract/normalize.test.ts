import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import {
  findDocumentDate,
  normalizeDocument,
  opensLabelledItem,
  rejoinBrokenLines,
  splitMappedLines,
  stripInlinePageMarks,
} from './normalize.js';

describe('normalizeDocument', () => {
  it('rejoins a sentence broken across lines', () => {
    const doc = normalizeDocument('同志们：\n今年要完成老旧小区改造，建\n成5所幼儿园。\n');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['今年要完成老旧小区改造，建成5所幼儿园。']);
  });

  it('keeps a numbered heading line apart from its paragraph', () => {
    const lines = rejoinBrokenLines(splitMappedLines('一、坚持稳中求进，推动高质量发展\n今年要抓好三件事。'));
    expect(lines).toHaveLength(2);
  });

  it('strips the title, source, date, salutation and footer lines', () => {
    const doc = normalizeDocument(
      '文章标题：在区委全会上的讲话\n来源：区委办  发布时间：2024-01-08\n（2024年1月5日）\n同志们：\n要抓好落实。\n版权所有：XX区人民政府 ICP备123号\n- 3 -',
    );
    expect(doc.title).toBe('在区委全会上的讲话');
    expect(doc.date).toBe('2024-01-05');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['要抓好落实。']);
  });

  it('maps every normalised character to its offset in the input', () => {
    const input = '同志们：\n要新建１２所学校,\n 改造X个小区。';
    const doc = normalizeDocument(input);
    const p = doc.paragraphs[0];
    expect(p?.text).toBe('要新建12所学校，改造X个小区。');
    const at = p?.text.indexOf('改造') ?? -1;
    expect(input.slice(p?.map[at] ?? 0, (p?.map[at] ?? 0) + 2)).toBe('改造');
  });

  it('finds a date stated in the document', () => {
    expect(findDocumentDate('区委全会\n2023年12月20日\n同志们：')).toBe('2023-12-20');
  });
});

describe('page marks inside a line (issue 19, third pass)', () => {
  it('cuts a page number between dashes and 第N页共M页 out of a joined line, keeping offsets', () => {
    const input = '做到令行禁止。- 2 -第 3 页 共 4 页其次，要狠抓落实。增长10-20个百分点。';
    const [line] = splitMappedLines(input);
    const out = stripInlinePageMarks(line ?? { text: '', map: [] });
    expect(out.text).toBe('做到令行禁止。其次，要狠抓落实。增长10-20个百分点。');
    expect(out.map[7]).toBe(input.indexOf('其次'));
  });
});

describe('labelled list items without end punctuation (issue 19, fourth pass)', () => {
  it('keeps each 标签：… line a paragraph of its own, so that each drafts its task', () => {
    const text = [
      '一、明年重点工作',
      '产业：实施技术改造项目20个，新增规上企业15家',
      '城建：完成老旧小区改造8个，新建口袋公园6座',
      '民生：新增普惠托育位500个',
    ].join('\n');
    const doc = normalizeDocument(text);
    expect(doc.paragraphs.map((p) => p.text.slice(0, 3))).toEqual(['一、明', '产业：', '城建：', '民生：']);
    const tasks = extractDocument(text, { meetingDate: '2026-12-20' }).tasks;
    expect(tasks.map((t) => t.text.slice(0, 3))).toEqual(['产业：', '城建：', '民生：']);
    expect(opensLabelledItem('要求：')).toBe(false);
    const broken = normalizeDocument('围绕这些目标，全区上下要重点抓好\n三个方面：一要抓项目。二要抓民生。');
    expect(broken.paragraphs).toHaveLength(1);
  });
});

describe('a page mark cut in two by a hard wrap (issue 19, fourth pass)', () => {
  it('is cut out once the lines are rejoined', () => {
    const lines = [
      '政府工作人员要自觉对标对表，做到令行禁止。- 2 -第 3 页 共',
      '4 页其次，要狠抓落实。各部门要对照任务清单，逐项明确责任人。',
    ];
    expect(normalizeDocument(lines.join('\n')).paragraphs.map((p) => p.text)).toEqual([
      '政府工作人员要自觉对标对表，做到令行禁止。其次，要狠抓落实。各部门要对照任务清单，逐项明确责任人。',
    ]);
  });
});

describe('a title ending in a note in brackets, on one wrapped line (issue 19, sixth pass)', () => {
  it('（摘要） after 报告 still lets the salutation cut the front matter off', () => {
    const doc = normalizeDocument(
      '城南区政府工作报告（摘要）各位代表：一、去年工作回顾过去一年\n，全区地区生产总值增长6%，新增就业9000人。二、今年工作安排今\n',
    );
    expect(doc.paragraphs[0]?.text.startsWith('一、去年工作回顾')).toBe(true);
    expect(doc.paragraphs.some((p) => p.text.includes('各位代表'))).toBe(false);
  });
});
