import { describe, expect, it } from 'vitest';
import { indicatorAllowsNegative, isFigureAllowed } from './indicator-values';

describe('indicator values', () => {
  it('refuses a negative figure on a count, allows it on a change or a negative target', () => {
    const jobs = { indicator: '新增城镇就业', targetValue: 3000 };
    expect(isFigureAllowed(jobs, -5)).toBe(false);
    expect(isFigureAllowed(jobs, 0)).toBe(true);
    expect(isFigureAllowed(jobs, null)).toBe(true);
    expect(indicatorAllowsNegative({ indicator: '规上工业增加值增速', targetValue: 6 })).toBe(true);
    expect(isFigureAllowed({ indicator: '社会消费品零售总额同比', targetValue: 5 }, -1.2)).toBe(true);
    expect(isFigureAllowed({ indicator: '能耗指数', targetValue: -3 }, -1)).toBe(true);
    expect(isFigureAllowed({ indicator: '能耗指数', targetValue: 3, baseline: -2 }, -1)).toBe(true);
    expect(isFigureAllowed({ indicator: '城镇调查失业率', targetValue: 5.5 }, -0.1)).toBe(false);
  });
});
