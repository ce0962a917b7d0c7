import { describe, expect, it } from 'vitest';
import { planSentenceTargets } from './plan-targets.test-helpers.js';
import { listOrVerbIndicator } from './list-indicators.js';

const indicators = (sentence: string): string[] => planSentenceTargets(sentence).map((t) => t.indicator);

describe('the noun after a count names it after a list of examples or a verb of doing well (issue 19, tenth pass)', () => {
  it('builds the indicator from the noun', () => {
    expect(listOrVerbIndicator('开展青龙河和白石沟等', '河流治理')).toBe('开展河流治理');
    expect(listOrVerbIndicator('抓好', '市级重点项目')).toBe('抓好市级重点项目');
    expect(listOrVerbIndicator('城镇新增就业', '')).toBeNull();
    expect(listOrVerbIndicator('新建', '学校')).toBeNull();
  });

  it('names the targets of a sentence', () => {
    expect(indicators('开展青龙河和白石沟等8条河流综合治理。')).toEqual(['开展河流综合治理']);
    expect(indicators('抓好300个市级重点项目，办好20件民生实事。')).toEqual([
      '抓好市级重点项目',
      '办好民生实事',
    ]);
  });
});
