import { describe, expect, it } from 'vitest';
import {
  completedOf,
  defaultProjectLightThresholds as th,
  isNodeLate,
  planToDate,
  projectLight,
  type ProjectLightFacts,
} from './project-lights';

/** 100.00 万元 planned each month of 2026 (10 000 cents), no nodes, reports given per test. */
function facts(over: Partial<ProjectLightFacts> = {}): ProjectLightFacts {
  return {
    stage: 'construction',
    year: 2026,
    plannedStart: '2026-01-01',
    monthlyPlan: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, cents: 10_000 })),
    reports: [],
    nodes: [],
    ...over,
  };
}
const approved = (month: number, cents: number) => ({
  year: 2026,
  month,
  cents,
  status: 'approved' as const,
});

describe('planToDate', () => {
  it('counts past months whole and the current month by day, asOf included', () => {
    expect(planToDate(facts(), '2026-03-31')).toBe(30_000);
    expect(planToDate(facts(), '2026-04-01')).toBe(30_000 + Math.floor(10_000 / 30));
    expect(planToDate(facts(), '2026-04-15')).toBe(35_000);
    expect(planToDate(facts(), '2026-02-28')).toBe(20_000);
  });
  it('is 0 before the project year and the whole plan after it', () => {
    expect(planToDate(facts(), '2025-12-31')).toBe(0);
    expect(planToDate(facts(), '2027-01-10')).toBe(120_000);
  });
});

describe('completedOf', () => {
  it('counts approved and submitted reports of the year, not returned ones', () => {
    const reports = [
      approved(1, 100),
      { year: 2026, month: 2, cents: 10, status: 'submitted' as const },
      { year: 2026, month: 3, cents: 1_000, status: 'returned' as const },
      { year: 2025, month: 12, cents: 7, status: 'approved' as const },
    ];
    expect(completedOf({ year: 2026, reports })).toBe(110);
  });
});

describe('projectLight at the thresholds', () => {
  // As of 2026-03-31 the plan to date is 30 000 cents; reports of Jan–Feb on time (day ≤ 5 avoids no_report).
  const asOf = '2026-03-31';
  const withCompleted = (cents: number) =>
    facts({ reports: [approved(1, cents), { year: 2026, month: 2, cents: 0, status: 'approved' }] });

  it('exactly 10% behind is yellow, just under is green', () => {
    expect(projectLight(withCompleted(27_000), asOf, th)).toMatchObject({
      light: 'yellow',
      reasons: ['investment_behind'],
      planToDateCents: 30_000,
      completedCents: 27_000,
    });
    expect(projectLight(withCompleted(27_001), asOf, th).light).toBe('green');
  });

  it('exactly 20% behind is red, just under is yellow', () => {
    expect(projectLight(withCompleted(24_000), asOf, th).light).toBe('red');
    expect(projectLight(withCompleted(24_001), asOf, th).light).toBe('yellow');
  });

  it('ahead of plan is green; no plan means no investment reason', () => {
    expect(projectLight(withCompleted(50_000), asOf, th)).toMatchObject({ light: 'green', reasons: [] });
    const noPlan = facts({ monthlyPlan: [], reports: [approved(2, 0)] });
    expect(projectLight(noPlan, asOf, th)).toMatchObject({ light: 'green', reasons: [] });
  });

  it('follows the tenant thresholds', () => {
    expect(projectLight(withCompleted(27_000), asOf, { ...th, yellowBehindPct: 11 }).light).toBe('green');
    expect(projectLight(withCompleted(27_000), asOf, { ...th, redBehindPct: 10 }).light).toBe('red');
  });
});

describe('projectLight on nodes', () => {
  const base = { reports: [approved(1, 10_000), approved(2, 10_000), approved(3, 10_000)] };
  it('a node past its end is yellow; more than 30 days past is red; ending today is not late', () => {
    const node = (plannedEnd: string, actualEnd: string | null = null) =>
      facts({ ...base, nodes: [{ plannedEnd, actualEnd }] });
    expect(projectLight(node('2026-03-31'), '2026-03-31', th).light).toBe('green');
    expect(projectLight(node('2026-03-30'), '2026-03-31', th)).toMatchObject({
      light: 'yellow',
      reasons: ['node_overdue'],
    });
    expect(projectLight(node('2026-03-01'), '2026-03-31', th).light).toBe('yellow'); // 30 days
    expect(projectLight(node('2026-02-28'), '2026-03-31', th).light).toBe('red'); // 31 days
    expect(projectLight(node('2026-02-01', '2026-02-20'), '2026-03-31', th).light).toBe('green');
    expect(isNodeLate({ plannedEnd: '2026-03-30', actualEnd: null }, '2026-03-31')).toBe(true);
    expect(isNodeLate({ plannedEnd: '2026-03-31', actualEnd: null }, '2026-03-31')).toBe(false);
  });
});

describe('projectLight on the monthly report', () => {
  const plan = { monthlyPlan: [] };
  it('last month missing is yellow only after the report day', () => {
    expect(projectLight(facts({ ...plan }), '2026-04-05', th).light).toBe('green');
    expect(projectLight(facts({ ...plan }), '2026-04-06', th)).toMatchObject({
      light: 'yellow',
      reasons: ['no_report'],
    });
    expect(projectLight(facts({ ...plan, reports: [approved(3, 0)] }), '2026-04-06', th).light).toBe('green');
    const returned = { year: 2026, month: 3, cents: 0, status: 'returned' as const };
    expect(projectLight(facts({ ...plan, reports: [returned] }), '2026-04-06', th).reasons).toEqual([
      'no_report',
    ]);
  });
  it('is not asked for a month before the planned start or outside the project year', () => {
    expect(projectLight(facts({ ...plan, plannedStart: '2026-04-01' }), '2026-04-20', th).light).toBe(
      'green',
    );
    expect(projectLight(facts({ ...plan }), '2026-01-20', th).light).toBe('green');
  });
});

describe('projectLight by stage', () => {
  it.each(['suspended', 'terminated', 'completed', 'operating'] as const)(
    '%s is green with no reasons',
    (stage) => {
      const f = facts({ stage, nodes: [{ plannedEnd: '2026-01-01', actualEnd: null }] });
      expect(projectLight(f, '2026-06-30', th)).toMatchObject({ light: 'green', reasons: [] });
    },
  );
  it('lists every reason in order', () => {
    const f = facts({ nodes: [{ plannedEnd: '2026-06-01', actualEnd: null }] });
    expect(projectLight(f, '2026-06-30', th)).toMatchObject({
      light: 'red',
      reasons: ['investment_behind', 'node_overdue', 'no_report'],
    });
  });
});
