import { describe, expect, it } from 'vitest';
import {
  districtCurrentValue,
  isShareMet,
  shareLightAsOf,
  shareProgress,
  splitProblem,
  splitProblemMessage,
} from './target-shares';

const jobs = { comparator: '>=' as const, targetValue: 3000, targetValueMax: null };
const split = (...values: number[]) => values.map((v, i) => ({ unitId: `u${i}`, targetValue: v }));

describe('splitProblem', () => {
  it("accepts shares that cover an 'at least' target, exactly or beyond", () => {
    expect(splitProblem(jobs, split(1200, 1000, 800))).toBeNull();
    expect(splitProblem(jobs, split(1200, 1000, 900))).toBeNull();
  });

  it("reports an 'at least' target short by the exact difference", () => {
    expect(splitProblem(jobs, split(1200, 1000, 700))).toEqual({
      kind: 'short',
      difference: 100,
      sum: 2900,
      required: 3000,
    });
  });

  it("requires '=' and '<=' targets to add up exactly, short or over", () => {
    const equal = { comparator: '=' as const, targetValue: 10, targetValueMax: null };
    expect(splitProblem(equal, split(4, 6))).toBeNull();
    expect(splitProblem(equal, split(4, 4))).toMatchObject({ kind: 'short', difference: 2 });
    expect(splitProblem(equal, split(4, 7))).toMatchObject({ kind: 'over', difference: 1 });
    const cap = { comparator: '<=' as const, targetValue: 500, targetValueMax: null };
    expect(splitProblem(cap, split(300, 250))).toMatchObject({ kind: 'over', difference: 50, sum: 550 });
    expect(splitProblem(cap, split(300, 200))).toBeNull();
  });

  it('adds decimals without float noise', () => {
    const equal = { comparator: '=' as const, targetValue: 0.3, targetValueMax: null };
    expect(splitProblem(equal, split(0.1, 0.2))).toBeNull();
    expect(splitProblem(equal, split(0.1, 0.1))).toMatchObject({ kind: 'short', difference: 0.1 });
  });

  it('splits a range: the lower bounds cover its minimum, the upper bounds stay within its maximum', () => {
    const pilots = { comparator: 'range' as const, targetValue: 3, targetValueMax: 6 };
    const streets = (max: number) =>
      ['a', 'b', 'c'].map((unitId) => ({ unitId, targetValue: 1, targetValueMax: max }));
    expect(splitProblem(pilots, streets(2))).toBeNull();
    expect(splitProblem(pilots, streets(3))).toMatchObject({ kind: 'over', difference: 3, required: 6 });
    expect(splitProblem(pilots, streets(2).slice(0, 2))).toMatchObject({ kind: 'short', difference: 1 });
  });

  it('refuses a unit named twice, an upside-down share range and a target without a figure', () => {
    expect(
      splitProblem(jobs, [
        { unitId: 'a', targetValue: 2000 },
        { unitId: 'a', targetValue: 1000 },
      ]),
    ).toEqual({ kind: 'duplicate_unit', index: 1 });
    expect(splitProblem(jobs, [{ unitId: 'a', targetValue: 3000, targetValueMax: 2000 }])).toEqual({
      kind: 'share_range',
      index: 0,
    });
    expect(splitProblem({ ...jobs, targetValue: null }, split(1))).toEqual({ kind: 'no_target_value' });
  });

  it('words the difference with its number', () => {
    const problem = splitProblem(jobs, split(1200, 1000, 700));
    expect(problem && splitProblemMessage(problem, '人')).toBe(
      '各单位分解值合计 2900人，与区级目标 3000人 差 100人',
    );
  });
});

describe('districtCurrentValue', () => {
  it('sums the approved shares, counting an unreported one as 0, and ignores proposed shares', () => {
    expect(
      districtCurrentValue([
        { status: 'approved', currentValue: 700 },
        { status: 'approved', currentValue: null },
        { status: 'approved', currentValue: 450.5 },
        { status: 'proposed', currentValue: 999 },
      ]),
    ).toBe(1150.5);
  });

  it('is null while no approved share has reported', () => {
    expect(districtCurrentValue([{ status: 'approved', currentValue: null }])).toBeNull();
    expect(districtCurrentValue([{ status: 'proposed', currentValue: 5 }])).toBeNull();
  });
});

describe('shareProgress', () => {
  it('is current against target, beyond 100 when exceeded', () => {
    expect(shareProgress('>=', { targetValue: 1200, currentValue: 700 })).toBe(58.3);
    expect(shareProgress('>=', { targetValue: 800, currentValue: 1000 })).toBe(125);
    expect(shareProgress('>=', { targetValue: 800, currentValue: null })).toBeNull();
    expect(shareProgress('>=', { targetValue: 0, currentValue: 3 })).toBeNull();
  });

  it("is 100 for a '<=' share within its cap and falls as the cap is passed", () => {
    expect(shareProgress('<=', { targetValue: 100, currentValue: 80 })).toBe(100);
    expect(shareProgress('<=', { targetValue: 100, currentValue: 125 })).toBe(80);
    expect(isShareMet('<=', { targetValue: 100, currentValue: 125 })).toBe(false);
    expect(isShareMet('>=', { targetValue: 100, currentValue: 100 })).toBe(true);
  });
});

describe('shareLightAsOf', () => {
  const task = { status: 'in_progress' as const, startDate: '2026-01-01', dueDate: '2026-12-31' };

  it('lights a lagging share red and a share on pace green, on the task time', () => {
    // 2026-07-02 is day 182 of 364: 50 points elapsed.
    expect(shareLightAsOf('>=', { targetValue: 1000, currentValue: 150 }, task, '2026-07-02')).toMatchObject({
      light: 'red',
      reasons: expect.arrayContaining(['behind_schedule']),
      progress: 15,
    });
    expect(shareLightAsOf('>=', { targetValue: 1000, currentValue: 350 }, task, '2026-07-02')).toMatchObject({
      light: 'yellow',
    });
    expect(shareLightAsOf('>=', { targetValue: 1000, currentValue: 600 }, task, '2026-07-02')).toMatchObject({
      light: 'green',
      reasons: [],
    });
  });

  it('keeps a met share green after the due date, and has no light without dates', () => {
    expect(shareLightAsOf('>=', { targetValue: 10, currentValue: 10 }, task, '2027-02-01')?.light).toBe(
      'green',
    );
    expect(shareLightAsOf('>=', { targetValue: 10, currentValue: 9 }, task, '2027-02-01')?.light).toBe('red');
    expect(
      shareLightAsOf('>=', { targetValue: 10, currentValue: 0 }, { ...task, dueDate: null }, '2026-07-02'),
    ).toBeNull();
  });
});
