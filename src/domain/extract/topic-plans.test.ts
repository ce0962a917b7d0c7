import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { opensTopicPlan } from './topic-plans.js';

describe('a topic named before a plan opens a task', () => {
  it('方面，将/计划/力争… after the topic; a topic with a fact opens nothing', () => {
    expect(opensTopicPlan('如交通方面，将建成城际铁路一条。')).toBe(true);
    expect(opensTopicPlan('在教育方面，今年将新建学校3所。')).toBe(true);
    expect(opensTopicPlan('民生方面，计划改造老旧小区20个。')).toBe(true);
    expect(opensTopicPlan('交通方面，去年建成公路30公里。')).toBe(false);
    expect(opensTopicPlan('今年将新建学校3所。')).toBe(false);
  });

  it('a news report keeps one task per topic', () => {
    const text =
      '区长王明表示，今年全区将从产业、民生两方面发力。如产业方面，将新引进亿元以上项目15个。民生方面，将新建养老服务中心4个。';
    const result = extractDocument(text, { meetingDate: '2026-01-20' });
    expect(result.tasks.map((t) => t.text)).toEqual([
      '区长王明表示，今年全区将从产业、民生两方面发力。',
      '如产业方面，将新引进亿元以上项目15个。',
      '民生方面，将新建养老服务中心4个。',
    ]);
  });
});
