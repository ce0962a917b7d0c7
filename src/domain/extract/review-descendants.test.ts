import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { underReviewPart } from './review-descendants.js';

describe('the items of a review part review at any depth', () => {
  it('a review part anywhere above makes a planning-sounding title review', () => {
    expect(underReviewPart(['（二）城市建设加快推进', '一、2025年工作回顾'], '6.旧城改造加快推进')).toBe(
      true,
    );
    expect(underReviewPart(['（二）城市建设', '二、2026年工作安排'], '6.旧城改造加快推进')).toBe(false);
  });

  it('a third-level item of the review drafts no task', () => {
    const text = [
      '一、2025年工作回顾',
      '（一）经济稳中有进',
      '1.总量持续扩大。全年实现地区生产总值320亿元。',
      '（二）城市建设加快推进',
      '2.旧城改造加快推进。出台城市更新实施意见，完成老旧小区改造15个。',
      '二、2026年工作安排',
      '（一）加快城市更新。要完成老旧小区改造20个。',
    ].join('\n');
    const result = extractDocument(text, { meetingDate: '2026-01-10' });
    expect(result.tasks.map((t) => t.text)).toEqual(['要完成老旧小区改造20个。']);
  });
});
