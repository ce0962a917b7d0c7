import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { runOnTitleLength } from './run-on-title.js';

describe('a heading line that runs on into its first item (issue 19, fifth pass)', () => {
  it('ends the title at the word that closes it when a figure follows', () => {
    expect(runOnTitleLength('2027年主要预期目标地区生产总值增长6%左右')).toBe('2027年主要预期目标'.length);
    expect(runOnTitleLength('2026年工作回顾地区生产总值突破500亿元，增长5.8%')).toBe('2026年工作回顾'.length);
    expect(runOnTitleLength('2027年主要预期目标')).toBeNull();
    expect(runOnTitleLength('明确目标任务，狠抓工作落实')).toBeNull();
  });

  it('drafts the run-on item with its target', () => {
    const text = [
      '要点如下：',
      '二、2027年主要预期目标地区生产总值增长6%左右',
      '一般公共预算收入增长5%',
    ].join('\n');
    const result = extractDocument(text, { meetingDate: '2027-01-10' });
    expect(result.sections.map((s) => s.title)).toEqual(['2027年主要预期目标']);
    expect(result.tasks.flatMap((t) => t.targets).map((t) => t.value)).toEqual([6, 5]);
  });
});
