import { describe, expect, it } from 'vitest';
import { namesPlanYear } from './plan-year-titles.js';
import { extractDocument } from './index.js';

describe('namesPlanYear', () => {
  it('reads the coming year named in a part title as the plan', () => {
    expect(namesPlanYear('2031年主要工作', '2031-02-10')).toBe(true);
    expect(namesPlanYear('2032年主要工作', '2031-12-20')).toBe(true);
  });
  it('leaves a year already reported, or a review word, to the review words', () => {
    expect(namesPlanYear('2030年主要工作', '2031-02-10')).toBe(false);
    expect(namesPlanYear('2031年主要工作', '2031-11-10')).toBe(false);
    expect(namesPlanYear('2031年主要工作回顾', '2031-02-10')).toBe(false);
    expect(namesPlanYear('主要工作', '2031-02-10')).toBe(false);
  });
});

describe('a part titled by the plan year and 主要工作', () => {
  it('drafts its measures', () => {
    const text = [
      '二、2031年主要工作',
      '（一）壮大特色产业',
      '推动果蔬加工提质。新建冷库12座，培育农业龙头企业5家。开展品牌推介行动。',
    ].join('\n');
    const result = extractDocument(text, { meetingDate: '2031-02-10' });
    expect(result.sections.every((s) => s.kind === 'plan')).toBe(true);
    expect(result.tasks.flatMap((t) => t.targets.map((x) => x.value))).toEqual([12, 5]);
  });
});
