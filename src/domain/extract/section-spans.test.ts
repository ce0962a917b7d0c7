import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';

describe('section spans', () => {
  it('gives each section the span of its text in the original input, subsections included', () => {
    const text =
      '同志们：\n一、过去一年工作回顾\n过去一年，全区生产总值增长6%。\n（一）项目建设成效明显。新开工项目30个。\n二、今年的目标任务\n要新建学校3所。';
    const sections = extractDocument(text, { meetingDate: '2024-01-05' }).sections;
    const review = sections.find((s) => s.title === '过去一年工作回顾');
    expect(review?.kind).toBe('review');
    const span = (s: typeof review) =>
      text.slice(s?.sourceOffset ?? 0, (s?.sourceOffset ?? 0) + (s?.sourceLength ?? 0));
    expect(span(review)).toBe('过去一年，全区生产总值增长6%。\n（一）项目建设成效明显。新开工项目30个。');
    expect(span(sections.find((s) => s.title === '今年的目标任务'))).toBe('要新建学校3所。');
  });
});
