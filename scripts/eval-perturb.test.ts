import { describe, expect, it } from 'vitest';
import { halfWidth, hardWrap, joinParagraphs, runOnHeadings, straySpaces } from './eval-perturb.js';

describe('perturbations of a gold document', () => {
  it('turn full-width punctuation into ASCII but keep 。 and quotes', () => {
    expect(halfWidth('（一）抓项目，促发展：“稳”。')).toBe('(一)抓项目,促发展:“稳”。');
  });
  it('join paragraphs, wrap lines, run headings on and add spaces without losing a character', () => {
    const text = '一、总体要求\n各单位要抓落实。\n二、主要任务\n新建学校3所。';
    expect(joinParagraphs(text)).toBe('一、总体要求各单位要抓落实。二、主要任务新建学校3所。');
    expect(hardWrap('一二三四五六七', 3)).toBe('一二三\n四五六\n七');
    expect(runOnHeadings(text)).toBe('一、总体要求各单位要抓落实。\n二、主要任务新建学校3所。');
    expect(straySpaces('新建学校3所', 2)).toBe('新建 学校 3所');
  });
});
