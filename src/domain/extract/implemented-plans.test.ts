import { describe, expect, it } from 'vitest';
import { isCarriedOut } from './implemented-plans.js';
import { quotesOthersPlan } from './non-target-counts.js';
import { findSentenceTargets } from './targets.js';

const targets = (sentence: string) =>
  findSentenceTargets({
    sentence,
    effectiveKind: 'plan',
    meetingDate: '2025-12-20',
    scopeDeadline: null,
  }).map((t) => t.raw);

describe('an authority’s plan that the audience carries out is no quotation', () => {
  it('落实/按照/贯彻 before the authority: its plan is the one being carried out', () => {
    const sentence = '明年，全县要认真落实市委决策部署，力争新开工项目40个，完成投资120亿元。';
    expect(isCarriedOut(sentence, sentence.indexOf('市委'))).toBe(true);
    expect(quotesOthersPlan(sentence)).toBe(false);
    expect(targets(sentence)).toEqual(['40个', '120亿元']);
    expect(quotesOthersPlan('我们要按照省委部署，新建乡村振兴示范村15个。')).toBe(false);
  });

  it('an authority that speaks still quotes its own plan', () => {
    expect(quotesOthersPlan('市委提出，明年全市新开工重大项目200个以上。')).toBe(true);
    expect(targets('省委明确了建设3个示范区的安排，我们要主动对接。')).toEqual([]);
    // A speaking authority later in a sentence that also carries out another plan is still found.
    expect(quotesOthersPlan('要贯彻中央部署，市委提出，全市新增就业5万人。')).toBe(true);
  });
});
