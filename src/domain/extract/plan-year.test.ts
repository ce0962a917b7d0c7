import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { findPlanYear } from './plan-year.js';

describe('the plan year of a speech', () => {
  it('a plenary at the turn of the year that speaks of 明年 plans the coming year', () => {
    expect(findPlanYear('今年以来，全区经济稳中向好。明年要抓好以下工作。', '2026-12-01')).toBe(2027);
    expect(findPlanYear('2027年工作安排', '2026-11-20')).toBe(2027);
    expect(findPlanYear('新的一年，我们要再接再厉。', '2026-10-28')).toBe(2027);
  });

  it('a meeting early in the year, or one that speaks of 今年, plans the current year', () => {
    expect(findPlanYear('今年要抓好以下工作。明年春节前完成。', '2024-01-08')).toBe(2024);
    expect(findPlanYear('新的一年，我们要再接再厉。', '2024-02-06')).toBe(2024);
  });
});

describe('the deadline of each task, and where it comes from', () => {
  const text = [
    '同志们：',
    '今年以来，全区经济稳中向好。',
    '一、2027年主要目标',
    '地区生产总值增长6%。',
    '二、重点工作',
    '要加快建设产业园区，6月底前建成投运。',
    '要深化“放管服”改革，优化营商环境。',
    '明年要新建学校3所。',
  ].join('\n');
  const tasks = extractDocument(text, { meetingDate: '2026-12-01' }).tasks;
  const byStart = (start: string) => tasks.find((t) => t.text.startsWith(start));

  it('stated in the task itself', () => {
    expect(byStart('要加快建设')).toMatchObject({ deadline: '2027-06-30', deadlineSource: 'stated' });
    expect(byStart('明年要新建')).toMatchObject({ deadline: '2027-12-31', deadlineSource: 'stated' });
  });

  it('inherited from its section', () => {
    expect(byStart('地区生产总值')).toMatchObject({ deadline: '2027-12-31', deadlineSource: 'section' });
  });

  it('the end of the plan year, not of the meeting year, when nothing says', () => {
    expect(byStart('要深化')).toMatchObject({ deadline: '2027-12-31', deadlineSource: 'plan-year' });
  });
});

describe('targets without a date of their own (issue 19, third pass)', () => {
  it('are due when their task is: the end of the plan year', () => {
    const result = extractDocument('一、抓城建\n要加快推进城市更新，改造老旧小区38个。', {
      meetingDate: '2026-02-10',
    });
    expect(result.tasks[0]?.targets[0]).toMatchObject({ value: 38, deadline: '2026-12-31' });
  });
});
