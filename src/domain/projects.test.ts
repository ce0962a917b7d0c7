import { describe, expect, it } from 'vitest';
import {
  firstNodeInCycle,
  nodePlanProblems,
  projectCode,
  reportMonthProblem,
  stageChangeProblem,
  type PlannedNode,
} from './projects';

const node = (id: string, dependsOn: string[] = [], plannedStart = '2026-01-01', plannedEnd = '2026-02-01') =>
  ({ id, plannedStart, plannedEnd, dependsOn }) satisfies PlannedNode;

describe('nodePlanProblems', () => {
  it('accepts a plan with a chain of dependencies and a one-day node', () => {
    expect(
      nodePlanProblems([node('a'), node('b', ['a']), node('c', ['a', 'b'], '2026-03-01', '2026-03-01')]),
    ).toEqual([]);
  });
  it('names the node whose end is before its start', () => {
    expect(nodePlanProblems([node('a'), node('b', [], '2026-03-02', '2026-03-01')])).toEqual([
      { path: 'nodes.1.plannedEnd', message: '结束日期不能早于开始日期' },
    ]);
  });
  it('refuses an unknown or self dependency and duplicate ids', () => {
    expect(nodePlanProblems([node('a', ['zz'])])[0]?.path).toBe('nodes.0.dependsOn');
    expect(nodePlanProblems([node('a', ['a'])])[0]?.path).toBe('nodes.0.dependsOn');
    expect(nodePlanProblems([node('a'), node('a')])[0]?.path).toBe('nodes.1.id');
  });
  it('names the first node of a cycle', () => {
    expect(nodePlanProblems([node('x'), node('a', ['c']), node('b', ['a']), node('c', ['b'])])).toEqual([
      { path: 'nodes.1.dependsOn', message: '节点依赖形成循环' },
    ]);
    expect(firstNodeInCycle([node('a', ['b']), node('b', ['a'])])).toBe(0);
    expect(firstNodeInCycle([node('a'), node('b', ['a']), node('c', ['b', 'a'])])).toBeNull();
  });
  it('finds a cycle reached from a node outside it', () => {
    expect(firstNodeInCycle([node('x', ['a']), node('a', ['b']), node('b', ['a'])])).toBe(1);
  });
});

describe('reportMonthProblem', () => {
  it('allows past and current months of the plan year', () => {
    expect(reportMonthProblem({ year: 2026, month: 1 }, 2026, '2026-06-15')).toBeNull();
    expect(reportMonthProblem({ year: 2026, month: 6 }, 2026, '2026-06-15')).toBeNull();
  });
  it('refuses a future month or another year, naming month', () => {
    expect(reportMonthProblem({ year: 2026, month: 7 }, 2026, '2026-06-30')?.path).toBe('month');
    expect(reportMonthProblem({ year: 2025, month: 12 }, 2026, '2026-06-30')?.path).toBe('month');
    expect(reportMonthProblem({ year: 2026, month: 1 }, 2026, '2025-12-31')?.path).toBe('month');
  });
});

describe('stageChangeProblem', () => {
  it('needs a reason to suspend or terminate', () => {
    expect(stageChangeProblem('construction', 'suspended', null)?.path).toBe('stageReason');
    expect(stageChangeProblem('construction', 'terminated', '  ')?.path).toBe('stageReason');
    expect(stageChangeProblem('construction', 'suspended', '资金未到位')).toBeNull();
  });
  it('moves freely otherwise, but never out of terminated', () => {
    expect(stageChangeProblem('planning', 'construction', null)).toBeNull();
    expect(stageChangeProblem('suspended', 'construction', null)).toBeNull();
    expect(stageChangeProblem('terminated', 'construction', 'x')?.path).toBe('stage');
    expect(stageChangeProblem('terminated', 'terminated', null)).toBeNull();
  });
});

describe('projectCode', () => {
  it('pads to three digits', () => {
    expect(projectCode(2026, 7)).toBe('2026-XM-007');
    expect(projectCode(2026, 1234)).toBe('2026-XM-1234');
  });
});
