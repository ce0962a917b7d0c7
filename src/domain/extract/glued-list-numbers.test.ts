import { describe, expect, it } from 'vitest';
import { isGluedListNumber } from './glued-list-numbers.js';
import { extractDocument } from './index.js';

const pasted =
  '现就全镇2031年重点工作制定分工方案如下。一、主要预期目标1.全镇生产总值增长6.5%左右。牵头单位：镇经发办配合单位：各村2.一般公共预算收入增长5%左右。牵头单位：镇财政所3.居民收入增长与经济增长基本同步。';

describe('isGluedListNumber', () => {
  it('finds the next number glued to an unpunctuated line', () => {
    expect(isGluedListNumber(pasted, pasted.indexOf('1.'), 1, 2)).toBe(true);
  });
  it('leaves numbers whose next one follows a sentence end or a new parent', () => {
    const items = '一、工作回顾1.经济实力增强。全年增长7%。2.结构优化。高新产业占比提高。';
    expect(isGluedListNumber(items, items.indexOf('1.'), 1, 2)).toBe(false);
    const carried = '（一）经济发展4.创新能力提高。专利增长（二）产业转型5.高端项目布局。';
    expect(isGluedListNumber(carried, carried.indexOf('4.'), 4, 2)).toBe(false);
  });
});

describe('a pasted list of numbered targets under a part title', () => {
  it('is no lone subsection', () => {
    const result = extractDocument(pasted, { meetingDate: '2031-03-20' });
    expect(result.sections.map((s) => s.title)).toEqual(['主要预期目标']);
  });
});
