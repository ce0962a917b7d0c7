import { describe, expect, it } from 'vitest';
import { guessedTitleTimeLength } from './guessed-title-time.js';
import { extractDocument } from './index.js';

describe('guessedTitleTimeLength', () => {
  it('ends a guessed title before the time word that opens its body', () => {
    expect(guessedTitleTimeLength('全镇主要经济指标完成情况上半年', true, '，')).toBe(12);
    expect(guessedTitleTimeLength('持续优化营商环境今年以来', true, ',')).toBe(8);
  });
  it('leaves a title that was not guessed, has no comma after it or only a time word', () => {
    expect(guessedTitleTimeLength('全镇主要经济指标完成情况上半年', false, '，')).toBeNull();
    expect(guessedTitleTimeLength('全镇主要经济指标完成情况上半年', true, '。')).toBeNull();
    expect(guessedTitleTimeLength('上半年', true, '，')).toBeNull();
  });
});

describe('a review subsection whose title runs into its body, the line breaks lost', () => {
  it('reads the body as review: no task, no target', () => {
    const text =
      '现将有关情况通报如下：一、主要指标完成情况（一）全镇主要经济指标完成情况上半年，全镇完成地区生产总值12.5亿元，比上年同期增长8.6%，增幅全县排第3位；规模以上工业增加值增长9.1%。（二）重点项目推进情况上半年，新开工项目6个。';
    const result = extractDocument(text, { meetingDate: '2031-08-01' });
    expect(result.sections.map((s) => s.title)).toContain('全镇主要经济指标完成情况');
    expect(result.tasks).toEqual([]);
  });
});
