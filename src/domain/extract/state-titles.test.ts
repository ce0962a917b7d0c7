import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { classifySection } from './section-kind.js';
import { statesResult } from './state-titles.js';

describe('a title that states a result is a review’s', () => {
  it('topic first, how it went last; a plan’s title leads with its verb', () => {
    expect(statesResult('项目建设有序推进')).toBe(true);
    expect(statesResult('乡村振兴全面推进。')).toBe(true);
    expect(statesResult('营商环境持续优化')).toBe(true);
    expect(statesResult('加快推进项目建设')).toBe(false);
    expect(statesResult('全力实施乡村振兴')).toBe(false);
    expect(classifySection('民生保障持续加强', [])).toBe('review');
    expect(classifySection('持续加强民生保障', [])).toBe('plan');
  });

  it('a point of the review that lists what was done drafts no task', () => {
    const text = [
      '一、肯定成绩',
      '（一）民生保障持续加强。就业方面，一手抓好稳岗，一手抓好创业，就业形势总体稳定。教育方面，新建学校3所。',
      '二、下步工作',
      '（一）加快项目建设。要确保年内开工项目10个。',
    ].join('\n');
    const result = extractDocument(text, { meetingDate: '2025-10-20' });
    expect(result.tasks.map((t) => t.text)).toEqual(['要确保年内开工项目10个。']);
  });
});
