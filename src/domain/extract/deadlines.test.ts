import { describe, expect, it } from 'vitest';
import { findDeadlines } from './deadlines.js';

const dateOf = (text: string, meetingDate: string) => findDeadlines(text, meetingDate)[0]?.date ?? null;

describe('findDeadlines', () => {
  it('reads explicit years and months', () => {
    expect(dateOf('到2025年，比重超过46', '2024-01-05')).toBe('2025-12-31');
    expect(dateOf('2026年6月底前建成', '2024-01-05')).toBe('2026-06-30');
    expect(dateOf('到“十四五”末', '2024-01-05')).toBe('2025-12-31');
  });

  it('does not take a base year for a deadline', () => {
    expect(findDeadlines('比2020年翻一番，2020年以来', '2024-01-05')).toEqual([]);
  });

  it('resolves 今年 and 明年 against the meeting date', () => {
    expect(dateOf('今年要新建3所学校', '2024-01-05')).toBe('2024-12-31');
    expect(dateOf('明年要新建3所学校', '2024-01-05')).toBe('2025-12-31');
    expect(dateOf('明年要新建3所学校', '2023-12-20')).toBe('2024-12-31');
  });

  it('puts 年底前 and 新的一年 in the working year: next year at a December meeting', () => {
    expect(dateOf('年底前完成', '2024-03-10')).toBe('2024-12-31');
    expect(dateOf('新的一年要完成', '2023-12-20')).toBe('2024-12-31');
  });

  it('counts multi-year horizons from the plan year', () => {
    expect(dateOf('5年内建成', '2024-01-05')).toBe('2028-12-31');
    expect(dateOf('未来五年建成', '2023-12-20')).toBe('2028-12-31');
  });

  it('puts a month without a year after the meeting', () => {
    expect(dateOf('6月底前完成', '2024-01-05')).toBe('2024-06-30');
    expect(dateOf('3月底前完成', '2023-12-20')).toBe('2024-03-31');
  });

  it('ignores 今年以来, which reports the past', () => {
    expect(findDeadlines('今年以来完成了投资', '2024-12-20')).toEqual([]);
  });
});
