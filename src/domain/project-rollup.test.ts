import { describe, expect, it } from 'vitest';
import {
  NO_STREET,
  byStreet,
  byType,
  countLights,
  flaggedProjects,
  investmentBy,
  investmentByMonth,
  investmentTotal,
  type RollupProject,
} from './project-rollup';

const project = (over: Partial<RollupProject>): RollupProject => ({
  id: over.code ?? 'x',
  code: 'XM-1',
  name: '项目',
  type: '工业',
  streetName: '东城街道',
  year: 2026,
  light: 'green',
  reasons: [],
  planToDateCents: 0,
  completedCents: 0,
  monthlyPlan: [],
  reports: [],
  ...over,
});

describe('project rollup', () => {
  const a = project({
    code: 'A',
    light: 'red',
    planToDateCents: 10_000,
    completedCents: 1,
    monthlyPlan: [
      { month: 1, cents: 10 },
      { month: 2, cents: 20 },
    ],
    reports: [
      { year: 2026, month: 1, cents: 7, status: 'approved' },
      { year: 2026, month: 2, cents: 5, status: 'submitted' },
      { year: 2026, month: 2, cents: 1_000, status: 'returned' },
      { year: 2025, month: 2, cents: 99, status: 'approved' },
    ],
  });
  const b = project({
    code: 'B',
    type: '城建',
    streetName: null,
    light: 'yellow',
    planToDateCents: 3,
    completedCents: 2,
  });
  const c = project({ code: 'C', light: 'red', planToDateCents: 20_000, completedCents: 0 });

  it('counts lights', () => {
    expect(countLights([a, b, c])).toEqual({ total: 3, red: 2, yellow: 1, green: 0 });
  });

  it('sums in cents, a month counting approved and submitted reports of the plan year only', () => {
    const months = investmentByMonth([a], 2026, 3);
    expect(months).toEqual([
      { month: 1, planCents: 10, completedCents: 7, cumulativePlanCents: 10, cumulativeCompletedCents: 7 },
      { month: 2, planCents: 20, completedCents: 5, cumulativePlanCents: 30, cumulativeCompletedCents: 12 },
      { month: 3, planCents: 0, completedCents: 0, cumulativePlanCents: 30, cumulativeCompletedCents: 12 },
    ]);
    // Projects of another plan year are not in the year's months.
    expect(
      investmentByMonth([project({ year: 2025, monthlyPlan: [{ month: 1, cents: 5 }] })], 2026, 1)[0]
        ?.planCents,
    ).toBe(0);
  });

  it('groups by type and street, largest plan first, the rate rounded down', () => {
    expect(
      investmentBy([a, b, c], byType, 2).map((g) => [
        g.name,
        g.projects,
        g.planToDateCents,
        g.monthPlanCents,
        g.monthCompletedCents,
        g.rate,
      ]),
    ).toEqual([
      ['工业', 2, 30_000, 20, 5, 0],
      ['城建', 1, 3, 0, 0, 66],
    ]);
    expect(investmentBy([a, b], byStreet).map((g) => g.name)).toEqual(['东城街道', NO_STREET]);
    expect(investmentTotal([a, b, c])).toEqual({ planToDateCents: 30_003, completedCents: 3, rate: 0 });
    expect(investmentTotal([])).toEqual({ planToDateCents: 0, completedCents: 0, rate: 0 });
  });

  it('lists red before yellow, the larger shortfall first, and leaves green out', () => {
    expect(flaggedProjects([b, a, project({ code: 'G' }), c]).map((p) => p.code)).toEqual(['C', 'A', 'B']);
  });
});
