import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { reportsPastPeriod } from './past-periods.js';

describe('a part of the year already over reports progress (issue 19, sixth pass)', () => {
  it('上半年 / 1—7月 / 一季度 / 今年以来 before the meeting, with no directive', () => {
    expect(reportsPastPeriod('上半年，全镇完成工业投资X亿元，增长9%。', '2025-07-25')).toBe(true);
    expect(reportsPastPeriod('1—7月，全县新开工项目18个。', '2025-08-20')).toBe(true);
    expect(reportsPastPeriod('一季度，全区签约项目12个。', '2025-04-15')).toBe(true);
    expect(reportsPastPeriod('今年以来，全区新增市场主体3200户。', '2025-05-10')).toBe(true);
  });

  it('a period not yet over, or one with a directive, is not judged past', () => {
    expect(reportsPastPeriod('上半年，全镇完成工业投资X亿元。', '2025-04-10')).toBe(false);
    expect(reportsPastPeriod('上半年，要完成工业投资20亿元。', '2025-03-10')).toBe(false);
    expect(reportsPastPeriod('下半年，全区要新开工项目15个。', '2025-08-10')).toBe(false);
  });

  it('at a mid-year meeting the half-year figures draft no task and no target', () => {
    const text = [
      '一、看清形势',
      '上半年，全镇完成工业投资5.2亿元，完成全年目标任务的48%；新增规上企业3家。',
      '二、抓好下半年工作',
      '要全力冲刺，全年新增规上企业8家。',
    ].join('\n');
    const { tasks } = extractDocument(text, { meetingDate: '2025-07-25' });
    expect(tasks.flatMap((t) => t.targets.map((g) => g.value))).toEqual([8]);
  });
});
