import { describe, expect, it } from 'vitest';
import { assess } from './assess';
import { buildFacts, buildUnit } from './test-builders';
import { defaultScheme } from './scheme';
import type { TWaiver } from './waivers';

const facts = (waivers: TWaiver[]) =>
  buildFacts({
    units: [buildUnit('A'), buildUnit('B')],
    interviews: [{ id: 'i1', unitId: 'A', title: '约谈', date: '2024-03-01' }],
    bulletinCriticisms: [
      { id: 'c1', unitId: 'A', title: '通报批评一', date: '2024-04-01' },
      { id: 'c2', unitId: 'A', title: '通报批评二', date: '2024-05-01' },
    ],
    waivers,
  });
const waiver = (over: Partial<TWaiver>): TWaiver => ({
  id: 'w1',
  unitId: 'A',
  kind: 'bulletin_criticism',
  factId: 'c1',
  points: null,
  label: '予以容错',
  ...over,
});
const unitA = (waivers: TWaiver[]) => {
  const result = assess(defaultScheme(2024), facts(waivers), '2024-12-31');
  return result.groups.flatMap((g) => g.units).find((u) => u.unitId === 'A');
};

describe('tolerance waivers (容错纠错)', () => {
  it('a granted request gives back exactly the fact points and keeps the fact, marked waived', () => {
    const before = unitA([]);
    const after = unitA([waiver({})]);
    const perCriticism = defaultScheme(2024).deductions.rules.find((r) => r.kind === 'bulletin_criticism');
    const amount = perCriticism && 'amount' in perCriticism ? perCriticism.amount : 0;
    expect(amount).toBeGreaterThan(0);
    expect((after?.total ?? 0) - (before?.total ?? 0)).toBeCloseTo(amount, 2);
    const item = after?.deductions.items.find((i) => i.kind === 'bulletin_criticism');
    expect(item?.count).toBe(1);
    expect(item?.evidence).toContainEqual(
      expect.objectContaining({
        id: 'c1',
        reason: 'waived',
        value: 0,
        waiver: { id: 'w1', points: amount, label: '予以容错' },
      }),
    );
  });

  it('a partial grant waives only its points, never more than the fact deducts', () => {
    const before = unitA([])?.total ?? 0;
    expect((unitA([waiver({ points: 0.4 })])?.total ?? 0) - before).toBeCloseTo(0.4, 2);
    expect((unitA([waiver({ points: 50 })])?.total ?? 0) - before).toBeCloseTo(1, 2);
  });

  it('waives nothing of another unit, another kind or another fact', () => {
    const before = unitA([])?.total;
    expect(unitA([waiver({ unitId: 'B' })])?.total).toBe(before);
    expect(unitA([waiver({ kind: 'interview' })])?.total).toBe(before);
    expect(unitA([waiver({ factId: 'c9' })])?.total).toBe(before);
  });
});
