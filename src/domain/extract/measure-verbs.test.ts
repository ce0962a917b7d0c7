import { describe, expect, it } from 'vitest';
import { opensMoreMeasures } from './measure-verbs.js';
import { extractDocument } from './index.js';

describe('opensMoreMeasures', () => {
  it('knows the other verbs that open a measure', () => {
    expect(opensMoreMeasures('做好春耕备耕服务。')).toBe(true);
    expect(opensMoreMeasures('鼓励农户发展庭院经济。')).toBe(true);
    expect(opensMoreMeasures('全力推动物流园开工。')).toBe(true);
  });
  it('leaves a sentence opened by its subject or by background', () => {
    expect(opensMoreMeasures('乡村振兴是一篇大文章。')).toBe(false);
    expect(opensMoreMeasures('全镇新增就业500人。')).toBe(false);
  });
});

describe("a report's item", () => {
  it('drafts one task per sentence opened by those verbs', () => {
    const text = [
      '一、2031年重点工作',
      '（一）壮大特色农业',
      '做好春耕备耕服务，新建烘干中心3座。鼓励农户发展庭院经济。规范土地流转管理。',
    ].join('\n');
    const tasks = extractDocument(text, { meetingDate: '2031-02-10' }).tasks.map((t) => t.text);
    expect(tasks).toEqual([
      '做好春耕备耕服务，新建烘干中心3座。',
      '鼓励农户发展庭院经济。',
      '规范土地流转管理。',
    ]);
  });
});
