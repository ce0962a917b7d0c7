import { describe, expect, it } from 'vitest';
import { isBackgroundSentence, isDefinitionSentence } from './background.js';
import { extractDocument } from './index.js';
import { classifyText } from './section-kind.js';

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

describe('definitions, explanations and confidence (issue 19, fifth pass)', () => {
  it('a definition by a judgement noun is background even with plan words', () => {
    expect(
      isDefinitionSentence(
        '实现“两进一优”目标是县委十六届二次全会上提出的目标要求，是推动高质量追赶超越的重要保证。',
      ),
    ).toBe(true);
    expect(isDefinitionSentence('今年的目标是建成全省一流的示范区。')).toBe(false);
    expect(isDefinitionSentence('实现目标是全区必须完成的硬任务要求。')).toBe(false);
  });

  it('an explanation and a statement of confidence are background', () => {
    expect(isBackgroundSentence('这个底气和信心在于经过“十三五”的不懈努力，我们的综合实力大幅跃升。')).toBe(
      true,
    );
    expect(isBackgroundSentence('站在新的历史起点上，我们更有底气、更有信心。')).toBe(true);
    expect(isBackgroundSentence('我们要坚定信心，加快项目建设。')).toBe(false);
  });

  it('努力 after 的 / 不懈 / 共同 is the effort made, no plan word', () => {
    expect(classifyText('经过全区上下的不懈努力，综合实力大幅跃升。')).toBe('neutral');
    expect(classifyText('我们要努力完成全年目标。')).toBe('plan');
  });
});
