import { describe, expect, it } from 'vitest';
import { computeBonuses } from './bonuses';
import { computeDeductions } from './deductions';
import type { TBonusEntry, TMonthEndLightFact } from './facts';
import { buildFacts, buildReport, buildScheme, buildUnit } from './test-builders';
import { findVetoes } from './vetoes';

const asOf = '2024-12-31';
const noTasks = new Map();
const light = (
  id: string,
  month: string,
  colour: 'red' | 'yellow' | 'green',
  unitId = 'U',
): TMonthEndLightFact => ({
  id,
  unitId,
  taskId: `task-${id}`,
  month,
  light: colour,
});
const dated = (id: string, date = '2024-05-01', unitId = 'U') => ({ id, unitId, title: `事项${id}`, date });
const bonus = (id: string, over: Partial<TBonusEntry>): TBonusEntry => ({
  id,
  unitId: 'U',
  kind: 'honour',
  level: 'provincial',
  title: `荣誉${id}`,
  date: '2024-05-01',
  isVerified: true,
  ...over,
});

describe('deductions', () => {
  const scheme = buildScheme({
    deductions: {
      cap: null,
      rules: [
        { kind: 'interview', amount: 1, cap: 2 },
        { kind: 'accountability', amounts: { circulated_criticism: 1, admonishment: 2 }, cap: null },
        { kind: 'red_month', amount: 2, cap: null },
        { kind: 'yellow_month', amount: 1, perCount: 2, cap: null },
        { kind: 'missing_report', amount: 0.5, cap: null },
        { kind: 'late_report', amount: 0.1, cap: null },
        { kind: 'bulletin_criticism', amount: 1, cap: null },
      ],
    },
  });
  const facts = buildFacts({
    units: [buildUnit('U')],
    interviews: [
      dated('i1'),
      dated('i2'),
      dated('i3'),
      dated('i4', '2025-01-02'),
      dated('i5', '2024-05-01', 'OTHER'),
    ],
    accountabilityActions: [
      { ...dated('a1'), type: 'circulated_criticism' },
      { ...dated('a2'), type: 'admonishment' },
      { ...dated('a3'), type: 'organisational_handling' }, // no amount in this scheme
    ],
    lights: [
      light('l1', '2024-03', 'red'),
      light('l2', '2024-04', 'yellow'),
      light('l3', '2024-05', 'yellow'),
      light('l4', '2024-06', 'yellow'),
      light('l5', '2024-07', 'green'),
      light('l6', '2024-12', 'red'), // December has not ended by the 30th
    ],
    reports: [
      buildReport('r1', 'U', '2024-02-05', null),
      buildReport('r2', 'U', '2024-03-05', '2024-03-06'),
      buildReport('r3', 'U', '2024-04-05', '2024-04-08'),
    ],
    bulletinCriticisms: [dated('b1')],
  });
  const byKind = (asOfDate = asOf) => {
    const { result } = computeDeductions('U', scheme, facts, noTasks, asOfDate);
    return Object.fromEntries(result.items.map((i) => [i.kind, i]));
  };

  it('deducts per fact and caps each kind', () => {
    const items = byKind();
    expect(items.interview).toMatchObject({ count: 3, uncappedPoints: 3, points: 2, cap: 2 });
    expect(items.interview?.evidence.map((e) => e.id)).toEqual(['i1', 'i2', 'i3']);
    expect(items.red_month).toMatchObject({ count: 2, points: 4 });
    expect(items.missing_report).toMatchObject({ count: 1, points: 0.5 });
    expect(items.late_report).toMatchObject({ count: 2, points: 0.2 });
    expect(items.bulletin_criticism).toMatchObject({ count: 1, points: 1 });
  });
  it('counts month-end lights only for months ended by asOf', () => {
    expect(byKind('2024-12-30').red_month).toMatchObject({ count: 1, points: 2 });
  });
  it('deducts for every complete set of N yellow months, not for a leftover', () => {
    expect(byKind().yellow_month).toMatchObject({ count: 3, points: 1 });
  });
  it('deducts accountability actions by type; a type without an amount is cited at 0', () => {
    const item = byKind().accountability;
    expect(item).toMatchObject({ count: 2, points: 3 });
    expect(item?.evidence.map((e) => [e.id, e.reason, e.value])).toEqual([
      ['a1', 'counted', 1],
      ['a2', 'counted', 2],
      ['a3', 'no_amount', 0],
    ]);
  });
  it('caps the total over all kinds', () => {
    const uncapped = computeDeductions('U', scheme, facts, noTasks, asOf);
    expect(uncapped.totalCents).toBe(1170); // 2 + 3 + 4 + 1 + 0.5 + 0.2 + 1
    const capped = computeDeductions(
      'U',
      { ...scheme, deductions: { ...scheme.deductions, cap: 5 } },
      facts,
      noTasks,
      asOf,
    );
    expect(capped.totalCents).toBe(500);
    expect(capped.result).toMatchObject({ total: 5, uncappedTotal: 11.7, cap: 5 });
  });
});

describe('bonuses', () => {
  const scheme = buildScheme({
    bonuses: {
      cap: 4,
      rules: [
        { kind: 'honour', amounts: { national: 3, provincial: 2, city: 1 }, cap: null },
        { kind: 'leader_affirmation', amounts: { provincial: 1.5 }, cap: 1.5 },
        { kind: 'bulletin_praise', amount: 0.5, cap: null },
      ],
    },
  });
  it('adds by level and counts only verified claims', () => {
    const entries = [
      bonus('h1', { level: 'provincial' }),
      bonus('h2', { level: 'city' }),
      bonus('h3', { level: 'national', isVerified: false }),
      bonus('p1', { kind: 'bulletin_praise', level: null }),
    ];
    const { totalCents, result } = computeBonuses('U', scheme, entries, asOf);
    expect(totalCents).toBe(350);
    expect(result.items[0]).toMatchObject({ kind: 'honour', count: 2, points: 3 });
    expect(result.items[0]?.evidence.find((e) => e.id === 'h3')).toMatchObject({
      reason: 'unverified',
      value: 0,
    });
  });
  it('caps each kind and then the total', () => {
    const entries = [
      bonus('l1', { kind: 'leader_affirmation' }),
      bonus('l2', { kind: 'leader_affirmation' }),
      bonus('h1', { level: 'national' }),
      bonus('h2', { level: 'national' }),
    ];
    const { totalCents, result } = computeBonuses('U', scheme, entries, asOf);
    expect(result.items[1]).toMatchObject({ kind: 'leader_affirmation', uncappedPoints: 3, points: 1.5 });
    expect(result).toMatchObject({ uncappedTotal: 7.5, total: 4 });
    expect(totalCents).toBe(400);
  });
  it('gives nothing for a level the rule does not reward, or a claim dated after asOf', () => {
    const entries = [
      bonus('l1', { kind: 'leader_affirmation', level: 'city' }),
      bonus('h1', { date: '2025-01-01' }),
    ];
    const { totalCents, result } = computeBonuses('U', scheme, entries, asOf);
    expect(totalCents).toBe(0);
    expect(result.items[1]?.evidence).toMatchObject([{ id: 'l1', reason: 'no_amount' }]);
    expect(result.items[0]?.evidence).toEqual([]);
  });
});

describe('vetoes', () => {
  it('applies events of the kinds the scheme names, on or before asOf', () => {
    const scheme = buildScheme();
    const events = [
      { ...dated('v1'), kind: 'major_safety_accident' },
      { ...dated('v2'), kind: 'not_in_scheme' },
      { ...dated('v3', '2025-02-01'), kind: 'major_safety_accident' },
    ];
    expect(findVetoes('U', scheme, events, asOf)).toEqual([
      {
        kind: 'major_safety_accident',
        name: '重大安全生产事故',
        evidence: [{ kind: 'veto', id: 'v1', label: '事项v1', reason: 'counted' }],
      },
    ]);
    expect(findVetoes('U', scheme, events.slice(1), asOf)).toEqual([]);
  });
});
