import { describe, expect, it } from 'vitest';
import { classifySection, classifyText } from './section-kind.js';

describe('classifyText', () => {
  it.each([
    ['明年要新建3所学校', 'plan'],
    ['力争引进项目50个', 'plan'],
    ['全年预计完成地区生产总值90亿元', 'review'],
    ['完成了28个老旧小区改造', 'review'],
    ['同比增长6.5%，今年要继续保持', 'review'],
    ['未来五年，累计建成保障性住房', 'plan'],
    ['在大家的共同努力下，圆满完成了各项任务', 'review'],
    ['服务业比重不断上升', 'neutral'],
  ])('%s → %s', (text, kind) => {
    expect(classifyText(text)).toBe(kind);
  });
});

describe('classifySection', () => {
  it('weighs a review title over plan words in the body', () => {
    expect(classifySection('回顾总结过去一年工作', ['plan', 'review'])).toBe('review');
    expect(classifySection('明确工作目标任务', ['review'])).toBe('plan');
  });
});
