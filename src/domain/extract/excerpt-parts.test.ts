import { describe, expect, it } from 'vitest';
import { opensExcerptPart } from './excerpt-parts.js';
import { extractDocument } from './index.js';

const titles = (text: string): string[] =>
  extractDocument(text, { meetingDate: '2031-01-15' }).sections.map(
    (s) => `L${s.level} ${s.number}:${s.title}`,
  );

describe('opensExcerptPart', () => {
  const at = (text: string): number => text.indexOf('三、');
  it('takes 三、 after a sentence end titled by parallel phrases, closed or run on', () => {
    const closed = '…扩容下沉。三、全力推动绿色转型，持续打造生态新名片。加快建设公园。';
    expect(opensExcerptPart(closed, at(closed), 2, 3)).toBe(true);
    const open = '…加以克服。三、坚定信心，奋发有为，开创全镇各项工作新局面明年是关键之年，…';
    expect(opensExcerptPart(open, at(open), 2, 3)).toBe(true);
  });
  it('leaves a figure, a single phrase, a 一、 and a marker not after a sentence end', () => {
    const figure = '…下沉。三、全年完成投资12亿元，增长8%。';
    expect(opensExcerptPart(figure, at(figure), 2, 3)).toBe(false);
    const single = '…下沉。三、加强组织领导。各村要…';
    expect(opensExcerptPart(single, at(single), 2, 3)).toBe(false);
    const first = '…下沉。一、全力推动绿色转型，持续打造生态新名片。加快…';
    expect(opensExcerptPart(first, first.indexOf('一、'), 2, 1)).toBe(false);
    const clause = '…下沉，三、全力推动绿色转型，持续打造生态新名片。加快…';
    expect(opensExcerptPart(clause, at(clause), 2, 3)).toBe(false);
  });
});

describe('the first part of an excerpt that begins mid-document, with no （一） after it, its line breaks lost', () => {
  it('a closed title of two phrases, its body of measures after it', () => {
    const text =
      '推进全镇医疗资源下沉。开展卫生室标准化建设，让群众看病更方便。三、全力推动绿色转型，持续打造生态新名片。加快建设湿地公园。整治河道12公里，新增林地3000亩。';
    expect(titles(text)).toEqual(['L1 三:全力推动绿色转型，持续打造生态新名片']);
  });
  it('an unpunctuated title of phrases running into its body', () => {
    const text =
      '全镇农民增收缓慢，这些问题必须在今后的工作中努力加以克服。二、坚定信心，奋发有为，开创全镇各项工作新局面明年是关键之年，全镇要加快发展。';
    expect(titles(text)[0]).toMatch(/^L1 二:坚定信心/);
  });
  it('an enumeration of one phrase after a sentence end stays text', () => {
    const text = '全镇要做好三件事。二、加强组织领导。三、落实工作责任。';
    expect(titles(text)).toEqual([]);
  });
});
