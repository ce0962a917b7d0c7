import { describe, expect, it } from 'vitest';
import { isBackgroundSentence } from './background.js';
import { extractDocument } from './index.js';

describe('sentences of background in a plan section', () => {
  it.each([
    '就业是最基本的民生。',
    '项目是发展的生命线。',
    '担当是干部的重要品格。',
    '当前，周边地区竞相发展，不进则退。',
    '截至腊月二十八，工业主导产品',
  ])('%s is background', (sentence) => expect(isBackgroundSentence(sentence)).toBe(true));

  it.each([
    '重点是抓好项目建设。',
    '一是督进度。',
    '加快推进城市更新，改造老旧小区38个。',
    '全面落实河长制，确保水质达标。',
  ])('%s is not', (sentence) => expect(isBackgroundSentence(sentence)).toBe(false));

  it('drafts no task of background, but a year it names still dates the targets after it', () => {
    const result = extractDocument(
      '一、抓项目\n就业是最基本的民生。要开展技能培训3000人次。2026年是项目推进年。全区开工项目将达78个。',
      {
        meetingDate: '2025-12-26',
      },
    );
    expect(result.tasks.map((t) => t.text)).toEqual([
      '要开展技能培训3000人次。2026年是项目推进年。全区开工项目将达78个。',
    ]);
    expect(result.tasks.flatMap((t) => t.targets).find((t) => t.value === 78)?.deadline).toBe('2026-12-31');
  });
});
