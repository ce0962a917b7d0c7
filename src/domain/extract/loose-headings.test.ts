import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { looseTopLevelMarkers } from './loose-headings.js';

describe('top-level headings glued to the text before them (issue 19, fourth pass)', () => {
  it('finds 二、 after a figure, not in 一、二、三产业 or 第二、', () => {
    const found = looseTopLevelMarkers('一、回顾新增就业2.3万人二、目标推动一、二、三产业融合第二、发展');
    expect(found.map((m) => m.index)).toEqual([13]);
  });

  it('a list of unpunctuated lines pasted on one line keeps its sections', () => {
    const text =
      '一、今年工作回顾地区生产总值增长5.8%新增就业2.3万人二、明年主要预期目标地区生产总值增长6%左右一般公共预算收入增长5%三、明年重点工作实施技改项目60个';
    const result = extractDocument(text, { meetingDate: '2026-12-20' });
    expect(result.sections.map((s) => s.number)).toEqual(['一', '二', '三']);
    expect(result.sections[0]?.kind).toBe('review');
  });

  it('takes 二、 only in sequence, and never in 二、三产业 right after a heading title', () => {
    const text = '一、抓好发展今年要推动二、三产业融合发展实现增长6%';
    expect(extractDocument(text, { meetingDate: '2026-12-20' }).sections).toHaveLength(1);
  });
});

describe('a heading title that swallowed a list of figures (issue 19, fourth pass)', () => {
  it('keeps the text in the body, so that its targets are found', () => {
    const text =
      '一、今年工作回顾地区生产总值增长5.8%新增就业2.3万人二、明年主要预期目标地区生产总值增长6%左右一般公共预算收入增长5%固定资产投资增长7%以上城镇调查失业率控制在5.5%以内';
    const result = extractDocument(text, { meetingDate: '2026-12-20' });
    const targets = result.tasks.flatMap((t) => t.targets).map((t) => `${t.value}${t.unit}`);
    expect(targets).toEqual(expect.arrayContaining(['6%', '5%', '7%']));
    expect(targets).not.toContain('5.8%');
    expect(result.sections[1]?.uncertain).toBe(true);
  });
});
