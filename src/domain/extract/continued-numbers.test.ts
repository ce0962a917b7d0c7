import { describe, expect, it } from 'vitest';
import { CarriedNumbers } from './continued-numbers.js';
import { extractDocument } from './index.js';

describe('CarriedNumbers', () => {
  it('takes only the very next number of a family cleared by a new parent', () => {
    const carried = new CarriedNumbers();
    carried.clear('arabic', 4);
    expect(carried.continues('arabic', 5)).toBe(true);
    expect(carried.continues('arabic', 7)).toBe(false);
    carried.seen('arabic');
    expect(carried.continues('arabic', 5)).toBe(false);
  });
});

const joined = [
  '一、壮大园区经济',
  '1. 建成标准厂房8万平方米。',
  '2. 新引进亿元项目6个。',
  '二、提升集镇面貌',
  '3. 改造沿河街巷5条。',
  '4. “美丽庭院”创建户新增200户。',
].join('');

describe('points numbered on across parts, the line breaks lost', () => {
  it('finds a point that continues the numbering under the next part', () => {
    const titles = extractDocument(joined, { meetingDate: '2031-02-10' }).sections.map((s) => s.number);
    expect(titles).toEqual(['一', '1', '2', '二', '3', '4']);
  });
  it('finds a point numbered on under a new subsection', () => {
    const text =
      '（一）稳住农业基本盘1.粮食播种面积稳定在12万亩。2.新建高标准农田1万亩。（二）发展乡村产业3.培育家庭农场20家。4.新建冷链仓储2处。';
    const numbers = extractDocument(text, { meetingDate: '2031-02-10' }).sections.map((s) => s.number);
    expect(numbers).toEqual(['一', '1', '2', '二', '3', '4']);
  });
  it('leaves a figure that skips the number reached', () => {
    const text =
      '一、壮大园区经济1. 建成标准厂房8万平方米。2. 新引进亿元项目6个。二、提升集镇面貌全年接待游客增长9%。7. 回顾过去要看到不足。';
    const numbers = extractDocument(text, { meetingDate: '2031-02-10' }).sections.map((s) => s.number);
    expect(numbers).not.toContain('7');
  });
});
