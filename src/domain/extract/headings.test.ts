import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { matchHeading, trimBySibling } from './headings.js';

describe('matchHeading', () => {
  it.each([
    ['一、总体要求', 'cn', '一', '总体要求'],
    ['（二）重点任务', 'paren-cn', '二', '重点任务'],
    ['(三)保障措施', 'paren-cn', '三', '保障措施'],
    ['4、强化考核', 'arabic', '4', '强化考核'],
    ['5.强化督查', 'arabic', '5', '强化督查'],
    ['（6）压实责任', 'paren-arabic', '6', '压实责任'],
    ['①加快建设', 'circled', '①', '加快建设'],
    ['第一，加强班子建设。', 'ordinal', '一', '加强班子建设'],
    ['第二部分 主要任务', 'part', '二', '主要任务'],
    ['一要着眼大局抓落实。全区各单位要…', 'cn-clause', '一', '着眼大局抓落实'],
    ['二是加强督查。要每月通报。', 'cn-clause', '二', '加强督查'],
  ])('recognises %s', (text, style, number, title) => {
    expect(matchHeading(text)).toMatchObject({ style, number, title });
  });

  it('takes the first short sentence of a heading that runs into its paragraph', () => {
    const h = matchHeading('（一）抓调整，促进经济发展。今年要新建3所学校。');
    expect(h?.title).toBe('抓调整，促进经济发展');
    expect(h?.body).toBe('今年要新建3所学校。');
  });

  it('does not read a decimal number as a heading', () => {
    expect(matchHeading('1.2万人实现就业。')).toBeNull();
  });

  it('cuts a heading that swallowed its paragraph by the shape of a sibling', () => {
    const cut = trimBySibling('抓落实，就要讲究方法、善做善成党员干部要有真本领', [
      '抓落实，就要改进作风、求真务实',
    ]);
    expect(cut).toBe('抓落实，就要讲究方法、善做善成'.length);
  });
});

describe('section levels', () => {
  it('nests mixed styles, a skipped level and a repeated number', () => {
    const text = [
      '一、总体要求',
      '1、坚持稳中求进。要稳字当头。',
      '二、主要任务',
      '（一）抓产业。要做强产业。',
      '（一）抓民生。要办好实事。',
      '①办好学校。要新建学校。',
    ].join('\n');
    const { sections } = extractDocument(text, { meetingDate: '2024-01-05' });
    expect(sections.map((s) => [s.level, s.number, s.title])).toEqual([
      [1, '一', '总体要求'],
      [2, '1', '坚持稳中求进'],
      [1, '二', '主要任务'],
      [2, '一', '抓产业'],
      [2, '一', '抓民生'],
      [3, '①', '办好学校'],
    ]);
    expect(sections[5]?.parentId).toBe(sections[4]?.id);
  });

  it('does not make an enumeration inside a paragraph a section', () => {
    const { sections, tasks } = extractDocument('一、抓项目\n要抓好三件事。一是加快开工。二是加快投产。', {
      meetingDate: '2024-01-05',
    });
    expect(sections).toHaveLength(1);
    expect(tasks.map((t) => t.text)).toEqual(['要抓好三件事。', '一是加快开工。', '二是加快投产。']);
  });
});

describe('第一个问题： (issue 19, fourth pass)', () => {
  it('opens a part of the speech, at the start of a line or after a sentence end', () => {
    expect(matchHeading('第一个问题：关于发展信心')).toMatchObject({
      style: 'part',
      number: '一',
      title: '关于发展信心',
    });
    const lines =
      '下面，我讲两个问题。\n第一个问题：坚定发展信心\n要看到优势。\n第二个问题：抓好重点工作\n要新建学校3所。';
    const sections = extractDocument(lines, { meetingDate: '2026-12-20' }).sections;
    expect(sections.map((s) => `${s.level}${s.title}`)).toEqual(['1坚定发展信心', '1抓好重点工作']);
    const joined = extractDocument(lines.replace(/\n/g, ''), { meetingDate: '2026-12-20' }).sections;
    expect(joined.map((s) => s.number)).toEqual(['一', '二']);
  });
});
