import { describe, expect, it } from 'vitest';
import { namesClassByAmount } from './class-amounts.js';
import { findSentenceTargets } from './targets.js';

const targets = (sentence: string) =>
  findSentenceTargets({
    sentence,
    effectiveKind: 'plan',
    meetingDate: '2026-01-10',
    scopeDeadline: null,
  }).map((t) => t.raw);

describe('an amount that names the class of what is counted', () => {
  it('the amounts before 项目N个 / 企业N家 are classes; the counts are the targets', () => {
    expect(targets('全年引进投资超20亿元或2亿美元项目5个、超5亿元项目12个。')).toEqual(['5个', '12个']);
    expect(targets('新签约5000万美元外资企业3家。')).toEqual(['3家']);
    expect(namesClassByAmount('亿元', '或3亿美元项目6个')).toBe(true);
  });

  it('an amount followed by a verb, or standing alone, stays a target', () => {
    expect(targets('投资3亿元建设学校2所。')).toEqual(['3亿元', '2所']);
    expect(targets('完成固定资产投资120亿元。')).toEqual(['120亿元']);
    expect(namesClassByAmount('个', '项目6个')).toBe(false);
  });
});
