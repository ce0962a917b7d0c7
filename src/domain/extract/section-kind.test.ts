import { describe, expect, it } from 'vitest';
import { classifySection, classifyText, isDescriptiveClause } from './section-kind.js';

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
    ['会议、文件数量比上年压减10%', 'neutral'],
    ['地区生产总值比上年增长6%左右，力争更好', 'plan'],
    ['去年全区完成投资120亿元', 'review'],
  ])('%s → %s', (text, kind) => {
    expect(classifyText(text)).toBe(kind);
  });
});

describe('classifySection', () => {
  it('weighs a review title over plan words in the body', () => {
    expect(classifySection('回顾总结过去一年工作', ['plan', 'review'])).toBe('review');
    expect(classifySection('明确工作目标任务', ['review'])).toBe('plan');
  });

  it("leans to the parent's kind when the subsection's own evidence is thin", () => {
    expect(classifySection('民生福祉不断增进', ['neutral', 'neutral', 'plan'], 'review')).toBe('review');
    expect(classifySection('民生福祉不断增进', ['neutral', 'neutral', 'plan'])).toBe('plan');
    expect(classifySection('推进城市更新', ['review'], 'plan')).toBe('plan');
    expect(classifySection('经济运行稳中有进', ['plan', 'plan', 'plan'], 'review')).toBe('plan');
  });
});

describe('isDescriptiveClause', () => {
  it.each([
    ['全区现有高新技术企业212家', true],
    ['全区拥有A级旅游景区9个', true],
    ['项目占地120亩', true],
    ['每千人口拥有3岁以下婴幼儿托位数达到4.5个', false],
    ['数字经济核心产业增加值占地区生产总值比重达到12%', false],
  ])('%s → %s', (clause, descriptive) => {
    expect(isDescriptiveClause(clause)).toBe(descriptive);
  });
});
