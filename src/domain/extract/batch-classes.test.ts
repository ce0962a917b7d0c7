import { describe, expect, it } from 'vitest';
import { planSentenceTargets } from './plan-targets.test-helpers.js';
import { namesBatchClass } from './batch-classes.js';

const targets = (sentence: string): string[] => planSentenceTargets(sentence).map((t) => t.raw);

describe('the size class of an uncounted batch (issue 19, tenth pass)', () => {
  it('knows an amount with 以上 after 一批', () => {
    expect(namesBatchClass('谋划一批', '20万千瓦以上', '分散式风电项目')).toBe(true);
    expect(namesBatchClass('新增装机', '20万千瓦以上', '，')).toBe(false);
    expect(namesBatchClass('谋划一批', '20万千瓦', '风电项目')).toBe(false);
  });

  it('drafts no target for it and keeps the sentence’s real one', () => {
    expect(targets('谋划一批20万千瓦以上分散式风电项目，新增并网装机80万千瓦。')).toEqual(['80万千瓦']);
  });
});
