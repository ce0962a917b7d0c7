import { describe, expect, it } from 'vitest';
import { findSentenceTargets } from './targets.js';
import { extractDocument } from './index.js';
import { isSizeClass, quotesOthersPlan } from './non-target-counts.js';

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

describe('size classes (issue 19, third pass)', () => {
  it('an amount with 以上 that names the kind of item counted is no target; the count after it is', () => {
    expect(isSizeClass('10亿元以上', '项目3个')).toBe(true);
    expect(isSizeClass('10亿元以上', '')).toBe(false);
    expect(isSizeClass('10亿元', '项目3个')).toBe(false);
    const text = '一、抓招商\n要开展精准招商，全年引进项目25个，其中10亿元以上项目3个，完成投资10亿元以上。';
    const raws = extractDocument(text, { meetingDate: '2026-02-10' }).tasks.flatMap((t) =>
      t.targets.map((x) => x.raw),
    );
    expect(raws).toEqual(['25个', '3个', '10亿元以上']);
  });
});

describe('a plan quoted without 了 (issue 19, third pass)', () => {
  it('市委提出，… quotes the city’s plan: its numbers are not the district’s targets', () => {
    expect(quotesOthersPlan('市委提出，明年全市地区生产总值增长6%以上。')).toBe(true);
    expect(quotesOthersPlan('我们提出，明年地区生产总值增长6%以上。')).toBe(false);
  });
});
