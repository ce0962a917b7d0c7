import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { findOwnArea, quotesHigherPlan } from './relayed-plans.js';

describe("a higher authority's plan for its own area is quoted, not drafted (issue 19, sixth pass)", () => {
  it('the area the document speaks of: the most named, the lower level on a tie', () => {
    expect(findOwnArea('全区上下…全区要…全市排名…')).toBe('全区');
    expect(findOwnArea('全市…全区…')).toBe('全区');
    expect(findOwnArea('没有区域')).toBeNull();
  });

  it('市委提出，全市要… in a district speech; 市委要求，全区要… is passed on to the audience', () => {
    expect(quotesHigherPlan('市委提出，今年全市要新开工重大项目200个以上。', '全区')).toBe(true);
    expect(quotesHigherPlan('省委明确，全省要建成5G基站5万个。', '全县')).toBe(true);
    expect(quotesHigherPlan('市委要求，全区要新开工项目30个。', '全区')).toBe(false);
    expect(quotesHigherPlan('市委提出，全市要扩大有效投资。', '全市')).toBe(false);
  });

  it('the quoted plan drafts no task; the district’s own requirement after it does', () => {
    const text =
      '一、抓项目\n市委提出，今年全市要新开工重大项目200个以上。全区要新开工项目30个，完成投资80亿元。';
    const { tasks } = extractDocument(text, { meetingDate: '2025-08-12' });
    expect(tasks.map((t) => t.text.slice(0, 5))).toEqual(['全区要新开']);
  });
});
