import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument, type ExtractResult } from './index.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const targetsOf = (r: ExtractResult) => r.tasks.flatMap((t) => t.targets);

describe('extractDocument on a work report', () => {
  const text = fixture('work-report.txt');
  const result = extractDocument(text, { meetingDate: '2024-01-08' });
  const byRaw = (raw: string) => targetsOf(result).find((t) => t.raw === raw);

  it('reads title and sections, and tells review from plan', () => {
    expect(result.document).toEqual({ title: '关于2024年区政府工作安排的报告', date: '2024-01-08' });
    expect(result.sections.find((s) => s.number === '一')?.kind).toBe('review');
    expect(result.sections.find((s) => s.title === '重点工作')?.kind).toBe('plan');
  });

  it('never reports the numbers of the review', () => {
    for (const raw of ['320亿元', '6.5%', '1.1万人', '28个', '5所', 'X所'])
      expect(byRaw(raw)).toBeUndefined();
  });

  it('reports plan targets with comparators, ranges, placeholders and restored %', () => {
    expect(byRaw('1.2万人')).toMatchObject({
      indicator: '城镇新增就业',
      value: 1.2,
      unit: '万人',
      deadline: '2024-12-31',
    });
    expect(byRaw('5.5%以内')).toMatchObject({ comparator: '<=' });
    expect(byRaw('2—3家')).toMatchObject({ indicator: '培育上市企业', valueMax: 3, comparator: 'range' });
    expect(byRaw('46')).toMatchObject({
      unit: '%',
      comparator: '>=',
      deadline: '2025-12-31',
      deadlineText: '到2025年',
    });
    expect(byRaw('X个')).toMatchObject({
      placeholder: true,
      value: null,
      indicator: '改造老旧小区',
      deadline: '2024-12-31',
    });
    expect(byRaw('两个')).toMatchObject({ value: 2, unit: '个' });
    expect(byRaw('95以上')).toMatchObject({ unit: '%', comparator: '>=' });
    expect(byRaw('500户')).toMatchObject({ deadline: '2024-06-30' });
    expect(byRaw('**万平方米')).toMatchObject({ placeholder: true, deadline: '2028-12-31' });
  });

  it('ignores specifications, names, ordinals and anonymised names', () => {
    const raws = targetsOf(result).map((t) => t.raw);
    expect(raws.some((r) => /千伏|分钟|届|普法|百强/.test(r))).toBe(false);
    expect(raws).toHaveLength(13);
  });

  it('names the units of a task and points at its source text', () => {
    const task = result.tasks.find((t) => t.text.startsWith('区住建局牵头'));
    expect(task?.unitHints).toEqual(['区住建局', '各街道']);
    expect(text.slice(task?.sourceOffset, (task?.sourceOffset ?? 0) + (task?.sourceLength ?? 0))).toBe(
      task?.text,
    );
  });
});

describe('extractDocument on a year-end speech', () => {
  const result = extractDocument(fixture('year-end-speech.txt'), { meetingDate: '2023-12-20' });

  it('puts 明年 in the next year and reads 第一部分 and 一是 headings', () => {
    expect(result.sections.map((s) => s.title)).toContain('抓乡村振兴');
    const targets = targetsOf(result);
    expect(targets.find((t) => t.raw === '60个以上')).toMatchObject({
      deadline: '2024-12-31',
      comparator: '>=',
    });
    expect(targets.find((t) => t.raw === '20个')).toMatchObject({
      indicator: '建成美丽乡村示范村',
      deadline: '2028-12-31',
    });
    expect(targets.find((t) => t.raw === '85亿元')).toBeUndefined();
  });

  it('yields no target for a horizon or a frequency', () => {
    expect(targetsOf(result).map((t) => t.raw)).toEqual([
      '60个以上',
      '100亿元',
      '20个',
      '3万亩',
      '35微克/立方米以内',
      '85以上',
    ]);
  });
});

describe('extractDocument on a speech without numbers', () => {
  it('finds headings and tasks but no targets', () => {
    const text =
      '同志们：\n一、抓落实，就要改进作风、求真务实\n一要大力弘扬实干作风。要一个目标一个目标分解，一步一个脚印推进。\n二、抓落实，就要敢于担当、率先垂范党员干部要以身作则。';
    const result = extractDocument(text, { meetingDate: '2024-07-10' });
    expect(result.sections.map((s) => s.title)).toEqual([
      '抓落实，就要改进作风、求真务实',
      '大力弘扬实干作风',
      '抓落实，就要敢于担当、率先垂范',
    ]);
    expect(result.tasks.length).toBeGreaterThan(0);
    expect(targetsOf(result)).toEqual([]);
  });

  it('inherits the deadline from the sentence that sets the scope', () => {
    const text = '一、抓项目\n一是加快重点项目建设。2024年是项目推进年。全区开工项目将达78个。';
    const [target] = targetsOf(extractDocument(text, { meetingDate: '2024-01-05' }));
    expect(target).toMatchObject({ value: 78, deadline: '2024-12-31', deadlineText: '2024年' });
  });

  it('shares the verb and the indicator between numbers of one sentence', () => {
    const text =
      '一、抓建设\n明年要完成20条背街小巷和13条小河浜的整治，一般预算收入增长16，力争达到18的目标。';
    const targets = targetsOf(extractDocument(text, { meetingDate: '2024-01-05' }));
    expect(targets.map((t) => [t.indicator, t.value, t.unit])).toEqual([
      ['完成背街小巷', 20, '条'],
      ['完成小河浜', 13, '条'],
      ['一般预算收入增长', 16, '%'],
      ['一般预算收入增长', 18, '%'],
    ]);
  });
});
