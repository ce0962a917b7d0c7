import { describe, expect, it } from 'vitest';
import { planSentenceTargets } from './plan-targets.test-helpers.js';
import { namesGivenSet } from './counted-sets.js';

const targets = (sentence: string): string[] => planSentenceTargets(sentence).map((t) => t.raw);

describe('counts of a set that is given, not a result (issue 19, tenth pass)', () => {
  it('knows a listed set, a batch and what is under way', () => {
    expect(namesGivenSet('支持东湖、西塘、南岭', '个园区扩区', 3)).toBe(true);
    expect(namesGivenSet('办好首批', '个示范项目', 12)).toBe(true);
    expect(namesGivenSet('抓好', '在建水库建设', 5)).toBe(true);
    expect(namesGivenSet('新建、改扩建学校', '，', 2, true)).toBe(false);
    expect(namesGivenSet('老旧小区8个、背街小巷', '。', 2)).toBe(false);
  });

  it('drafts no target for them and keeps the real ones', () => {
    expect(targets('支持东湖、西塘、南岭3个园区扩区提质，新引进企业40家。')).toEqual(['40家']);
    expect(targets('办好首批12个乡村振兴示范项目。')).toEqual([]);
    expect(targets('抓好5个在建水库建设，新增蓄水能力2000万立方米。')).toEqual(['2000万立方米']);
    expect(targets('新建、改扩建中小学2—3所。')).toEqual(['2—3所']);
    expect(targets('改造老旧小区8个、背街小巷2条。')).toEqual(['8个', '2条']);
  });
});
