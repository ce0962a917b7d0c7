import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { plansInReview } from './section-kind.js';

describe('争取 with funds from a higher level names what was won', () => {
  it('in a review it is no plan word; 力争 and 争取 before a verb still are', () => {
    expect(plansInReview('全年争取中央预算内资金4.6亿元、省级专项资金2.1亿元。')).toBe(false);
    expect(plansInReview('争取到上级补助资金8000万元。')).toBe(false);
    expect(plansInReview('争取明年建成投用。')).toBe(true);
    expect(plansInReview('力争新增规上企业20家。')).toBe(true);
  });

  it('a review section’s account of funds won drafts no task; a plan to win funds does', () => {
    const text = [
      '一、2025年工作回顾',
      '（一）项目建设成效明显。我们坚持项目为王，全年争取中央预算内资金4.6亿元、地方政府专项债券9亿元。',
      '二、2026年工作安排',
      '（一）抓项目扩投资。要积极争取上级资金5亿元以上。',
    ].join('\n');
    const result = extractDocument(text, { meetingDate: '2026-01-10' });
    expect(result.tasks.map((t) => t.text)).toEqual(['要积极争取上级资金5亿元以上。']);
  });
});
