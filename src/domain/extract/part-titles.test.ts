import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { isPartTitle } from './part-titles.js';
import { isReviewPartChild, plansInReview } from './section-kind.js';

describe('unnumbered part titles of a report (issue 19, fifth pass)', () => {
  it('a short line naming a part is a title', () => {
    expect(isPartTitle('2023年工作回顾')).toBe(true);
    expect(isPartTitle('2024年工作展望')).toBe(true);
    expect(isPartTitle('今年重点工作')).toBe(true);
    expect(isPartTitle('全力抓好今年重点工作，确保完成全年任务')).toBe(false);
    expect(isPartTitle('重点工作：')).toBe(false);
  });

  it('heads the numbered items below it; the items of the review draft nothing', () => {
    const text = [
      '尊敬的各位领导：',
      '2023年工作回顾',
      '1. 城市建设日新月异，我们坚持规划引领，加快推进城市更新，全年完成XX个重点项目建设。',
      '2. 社会事业全面发展，我们加大教育投入，新建学校XX所。',
      '2024年工作展望',
      '1. 坚持高质量发展，我们将加大科技创新力度，力争全年实现地区生产总值增长XX%。',
      '2. 加强城市治理，我们将继续推进城市更新。',
    ].join('\n');
    const result = extractDocument(text, { meetingDate: '2024-01-15' });
    const [part, item] = result.sections;
    expect(`${part?.level}${part?.title}:${part?.kind}`).toBe('12023年工作回顾:review');
    expect(item?.level).toBe(2);
    expect(item?.kind).toBe('review');
    expect(result.tasks.map((t) => t.text).some((t) => t.includes('全年完成XX个重点项目'))).toBe(false);
    expect(result.tasks.flatMap((t) => t.targets)).toHaveLength(1);
  });

  it('a review part makes its items review; a strong plan word still plans there', () => {
    expect(isReviewPartChild('2023年工作回顾', '城市建设日新月异')).toBe(true);
    expect(isReviewPartChild('2023年工作回顾', '2024年目标任务')).toBe(false);
    expect(plansInReview('我们坚持规划引领，加快推进城市更新，着力提升城市品质。')).toBe(false);
    expect(plansInReview('明年，我们将力争建成10个项目。')).toBe(true);
  });
});
