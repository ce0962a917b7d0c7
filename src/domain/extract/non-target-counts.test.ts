import { describe, expect, it } from 'vitest';
import { findSentenceTargets } from './targets.js';

const targets = (sentence: string) =>
  findSentenceTargets({
    sentence,
    effectiveKind: 'plan',
    meetingDate: '2024-12-20',
    scopeDeadline: null,
  }).map((t) => t.raw);

describe('counts that are not targets', () => {
  it('the field of a comparison and a selection by others', () => {
    expect(targets('明年要在全省X个城市区中争先进位，力争新增规上企业30家。')).toEqual(['30家']);
    expect(targets('要用好入选国家X个试点的机遇，新建示范点5个。')).toEqual(['5个']);
  });

  it('a place in a ranking', () => {
    expect(targets('要确保主要指标排名第3位以上，新增就业1.2万人。')).toEqual(['1.2万人']);
  });

  it('the numbers of a plan made elsewhere, quoted to the audience', () => {
    expect(targets('市委明确了建设2个基地、发展6大产业的安排，我们要主动对接。')).toEqual([]);
  });

  it('redacted figures stay placeholders; a redacted place name is no figure', () => {
    const found = findSentenceTargets({
      sentence: '明年要新建学校X个，完成投资XX亿元，**区要加快建设。',
      effectiveKind: 'plan',
      meetingDate: '2024-12-20',
      scopeDeadline: null,
    });
    expect(found.map((t) => [t.raw, t.placeholder, t.value, t.unit])).toEqual([
      ['X个', true, null, '个'],
      ['XX亿元', true, null, '亿元'],
    ]);
  });
});
