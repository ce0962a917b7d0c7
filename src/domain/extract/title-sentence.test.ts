import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { isTitleOnlySentence } from './title-sentence.js';

const taskTexts = (text: string) =>
  extractDocument(text, { meetingDate: '2025-12-26' }).tasks.map((t) => t.text);

describe('the title sentence of a heading is no task of its own', () => {
  it('a short phrase closed by 。 with a body after it names the section', () => {
    expect(isTitleOnlySentence('坚定不移抓产业升级', '。', true)).toBe(true);
    expect(isTitleOnlySentence('要稳定扩大就业', '。', true)).toBe(true);
  });

  it('a punctuated, figured or lone first sentence stays a directive', () => {
    expect(isTitleOnlySentence('抓调整，促进发展', '。', true)).toBe(false);
    expect(isTitleOnlySentence('新建学校3所', '。', true)).toBe(false);
    expect(isTitleOnlySentence('坚定不移抓产业升级', '。', false)).toBe(false);
    expect(isTitleOnlySentence('坚定不移抓产业升级', '，', true)).toBe(false);
  });

  it('drafts the body, not the title, of run-in and heading-line subsections', () => {
    const text = [
      '一、抓发展',
      '（一）坚定不移抓产业升级。要实施技术改造。要培育新兴产业。',
      '（二）千方百计保障和改善民生。',
      '要落实援企稳岗政策。要推进集团化办学。',
    ].join('\n');
    expect(taskTexts(text)).toEqual([
      '要实施技术改造。',
      '要培育新兴产业。',
      '要落实援企稳岗政策。',
      '要推进集团化办学。',
    ]);
  });

  it('numbered one-sentence items of a list stay tasks (the next paragraph is a sibling)', () => {
    const text = ['一、抓发展', '1.加快项目建设。', '2.优化营商环境。'].join('\n');
    expect(taskTexts(text)).toEqual(['加快项目建设。', '优化营商环境。']);
  });
});
