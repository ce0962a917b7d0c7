import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { findTitleDeadline } from './title-scope.js';

describe('the deadline a section title gives', () => {
  it('is the year of the work when the title names a period and a year', () => {
    expect(findTitleDeadline('“十五五”时期目标任务和2026年工作安排', '2026-01-27')?.date).toBe('2026-12-31');
    expect(findTitleDeadline('2026年工作安排', '2026-01-27')?.date).toBe('2026-12-31');
    expect(findTitleDeadline('加快建设现代化产业体系', '2026-01-27')).toBeUndefined();
  });

  it('reaches the measures of the subsections under such a title', () => {
    const text = [
      '二、“十五五”时期目标任务和2026年工作安排',
      '“十五五”时期的主要目标是：地区生产总值年均增长5%左右。',
      '今年的主要预期目标是：地区生产总值增长5%左右。',
      '（一）大力推进科技创新。',
      '新增高新技术企业800家以上。建设省级创新平台30个。',
    ].join('\n');
    const { tasks } = extractDocument(text, { meetingDate: '2026-01-27' });
    const measure = tasks.find((t) => t.text.includes('高新技术企业'));
    expect(measure?.deadline).toBe('2026-12-31');
    expect(measure?.targets[0]?.deadline).toBe('2026-12-31');
    // The period's aim keeps the period it names.
    expect(tasks.find((t) => t.text.includes('年均增长'))?.deadline).toBe('2030-12-31');
  });
});
