import { describe, expect, it } from 'vitest';
import { placeUnits, quotaSize, type TRankEntry } from './rank';
import { buildScheme } from './test-builders';

const grades = buildScheme().grades; // 优秀 ≥ 90 at most 20%, 良好 ≥ 80, 一般 ≥ 60, 较差
const entry = (
  unitId: string,
  total: number,
  tieBreaks: (number | null)[] = [],
  isVetoed = false,
): TRankEntry => ({
  unitId,
  totalCents: Math.round(total * 100),
  isVetoed,
  tieBreaks,
});
const summary = (entries: TRankEntry[]) =>
  placeUnits(entries, grades).map((p) => [p.unitId, p.rank, grades[p.gradeIndex]?.name, ...p.flags]);

describe('quota size', () => {
  it('is a share of the group rounded down, never negative', () => {
    expect(quotaSize(20, 10)).toBe(2);
    expect(quotaSize(20, 9)).toBe(1);
    expect(quotaSize(20, 4)).toBe(0);
    // 0.29 × 100 is 28.999… in floating point: integer arithmetic keeps 29.
    expect(quotaSize(29, 100)).toBe(29);
  });
});

describe('ranking and grades', () => {
  it('ranks by total, tied units sharing a rank', () => {
    expect(summary([entry('c', 70), entry('a', 85), entry('b', 85), entry('d', 50)])).toEqual([
      ['a', 1, '良好'],
      ['b', 1, '良好'],
      ['c', 3, '一般'],
      ['d', 4, '较差'],
    ]);
  });
  it('gives a grade only up to its quota; the rest with the floor go down a grade', () => {
    const units = [
      entry('a', 99),
      entry('b', 97),
      entry('c', 95),
      entry('d', 93),
      entry('e', 91),
      entry('f', 70),
    ];
    const placed = summary([...units, entry('g', 60), entry('h', 60), entry('i', 60), entry('j', 60)]);
    expect(placed.slice(0, 4)).toEqual([
      ['a', 1, '优秀'],
      ['b', 2, '优秀'],
      ['c', 3, '良好', 'quota_demoted'],
      ['d', 4, '良好', 'quota_demoted'],
    ]);
  });
  it('breaks a tie on total by the tie-breaks in order', () => {
    // 5 units: one 优秀 place. Same total; the first tie-break (completion) separates a from b.
    const five = (a: TRankEntry, b: TRankEntry) =>
      summary([a, b, entry('x', 50), entry('y', 50), entry('z', 50)]).slice(0, 2);
    expect(five(entry('a', 95, [9000, 0]), entry('b', 95, [9500, -3]))).toEqual([
      ['b', 1, '优秀'],
      ['a', 2, '良好', 'quota_demoted'],
    ]);
    // Equal completion: fewer red months (−1 beats −2) decides.
    expect(five(entry('a', 95, [9500, -1]), entry('b', 95, [9500, -2]))).toEqual([
      ['a', 1, '优秀'],
      ['b', 2, '良好', 'quota_demoted'],
    ]);
    // A unit left out of a tie-break (null) comes after one that has it.
    expect(five(entry('a', 95, [null, 0]), entry('b', 95, [0, -9]))[0]?.[0]).toBe('b');
  });
  it('sends a block still tied at the quota boundary down a grade whole, and flags it', () => {
    const placed = summary([
      entry('a', 95, [9500, -1]),
      entry('b', 95, [9500, -1]),
      entry('x', 50),
      entry('y', 50),
      entry('z', 50),
    ]);
    expect(placed.slice(0, 2)).toEqual([
      ['a', 1, '良好', 'quota_tie_demoted'],
      ['b', 1, '良好', 'quota_tie_demoted'],
    ]);
  });
  it('does not let a lower unit take the place a tied block above it could not share', () => {
    const placed = summary([
      entry('top', 99),
      entry('a', 95),
      entry('b', 95),
      entry('c', 92),
      ...['v', 'w', 'x', 'y', 'z', 'u'].map((id) => entry(id, 10)),
    ]); // 10 units: 2 places
    expect(placed.slice(0, 4)).toEqual([
      ['top', 1, '优秀'],
      ['a', 2, '良好', 'quota_tie_demoted'],
      ['b', 2, '良好', 'quota_tie_demoted'],
      ['c', 4, '良好', 'quota_demoted'],
    ]);
  });
  it('puts vetoed units last and at the lowest grade, without taking a quota place', () => {
    const placed = summary([
      entry('vetoed', 99, [], true),
      entry('a', 95),
      entry('x', 50),
      entry('y', 50),
      entry('z', 50),
    ]);
    expect(placed[0]).toEqual(['a', 1, '优秀']);
    expect(placed[4]).toEqual(['vetoed', 5, '较差']);
  });
});
