import { describe, expect, it } from 'vitest';
import { planSentenceTargets } from './plan-targets.test-helpers.js';
import { maskPopulationRates } from './population-rates.js';

const targets = (sentence: string): string[] => planSentenceTargets(sentence).map((t) => t.raw);

describe('常住人口 in the name of a rate (issue 19, tenth pass)', () => {
  it('masks only the population word that names a rate', () => {
    expect(maskPopulationRates('户籍人口城镇化率达到60%')).toBe('□城镇化率达到60%');
    expect(maskPopulationRates('常住人口达到52万')).toBe('常住人口达到52万');
  });

  it('keeps the rate as a target and the population size as a fact', () => {
    expect(targets('常住人口城镇化率提高1.5个百分点。')).toEqual(['1.5个百分点']);
    expect(targets('全县常住人口48万人。')).toEqual([]);
  });
});
