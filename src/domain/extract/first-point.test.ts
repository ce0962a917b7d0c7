import { describe, expect, it } from 'vitest';
import { findFirstPointsBeforeSiblings } from './first-point.js';
import { extractDocument } from './index.js';
import { announcesPoints } from './titled-points.js';

const titles = (text: string) =>
  extractDocument(text, { meetingDate: '2025-12-20' }).sections.map((s) => `${s.level}${s.title}`);

describe('the first point in mid-line, its siblings at the start of paragraphs (issue 19, fourth pass)', () => {
  it('第一，要… after the announcing sentence heads a section like 第二，… and 第三，…', () => {
    const text = [
      '同志们：',
      '今天召开全会，部署明年工作。下面，我讲三点意见。第一，要巩固扩大成果。成果来之不易。要持续推进改革。',
      '第二，要压实工作责任。各单位要层层分解任务。',
      '第三，要强化督查考核。要定期通报。',
    ].join('\n');
    expect(titles(text)).toEqual(['1要巩固扩大成果', '1要压实工作责任', '1要强化督查考核']);
  });

  it('needs the next paragraph to open with the second point of the same family', () => {
    expect(
      findFirstPointsBeforeSiblings(['开场。第一，要巩固成果。要推进改革。', '第二，要压实责任。']),
    ).toEqual(new Map([[0, 3]]));
    expect(
      findFirstPointsBeforeSiblings(['开场。第一，要巩固成果。要推进改革。', '一要压实责任。要分解。']),
    ).toEqual(new Map());
    expect(findFirstPointsBeforeSiblings(['开场。第一，要巩固成果。', '各单位要抓好落实。'])).toEqual(
      new Map(),
    );
  });
});

describe('a lone point after the speaker announces the points in a sentence of its own', () => {
  it('下面，我讲三点意见。第一，要… is the first of them even when the text is cut off after it', () => {
    expect(announcesPoints('下面，我讲三点意见。')).toBe(true);
    expect(announcesPoints('就抓好落实，我再强调几点。')).toBe(true);
    expect(announcesPoints('全区要抓好三点。')).toBe(false);
    const text =
      '同志们：今天召开全会，部署明年工作。下面，我讲三点意见。第一，要巩固扩大成果。成果来之不易。要持续推进改革，加快';
    expect(titles(text)).toEqual(['1要巩固扩大成果']);
  });
});

describe('a lone requirement after the speaker announces the points (issue 19, fourth pass)', () => {
  it('第一，要… with a long first sentence still opens the first point', () => {
    const text =
      '同志们：今天召开全会，部署明年工作。下面，我就贯彻全会精神讲三点意见，供大家参考。第一，要巩固扩大学习成果，推动全会精神落地见效。各级党组织要组织专题学习。要结合实际抓好落实，加快';
    expect(titles(text)).toHaveLength(1);
    expect(titles(text)[0]).toMatch(/^1要巩固扩大学习成果/);
  });

  it('without the announcement, a lone requirement stays in its paragraph', () => {
    const text =
      '同志们：今天召开全会，部署明年工作。第一，要巩固扩大学习成果，推动全会精神落地见效。各级党组织要组织专题学习。要结合实际抓好落实，加快';
    expect(titles(text)).toEqual([]);
  });
});
