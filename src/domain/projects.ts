/**
 * Rules of key projects (issue #13) that are not lights: a node plan's dates and dependencies, which month a
 * report may be for, which stage changes need a reason, and project codes. Pure: problems are answered as
 * { path, message } for the API's 422, nothing is thrown.
 */
import type { ProjectStage } from './vocabulary';

export interface FieldProblem {
  path: string;
  message: string;
}

export interface PlannedNode {
  id: string;
  plannedStart: string;
  plannedEnd: string;
  dependsOn: readonly string[];
}

/**
 * Problems of a node plan: an end before its start (`nodes.i.plannedEnd`, the API's path style), a dependency on a node not in the
 * plan or on itself, or a dependency cycle (`nodes.i.dependsOn`, on the first node of the plan in a cycle).
 */
export function nodePlanProblems(nodes: readonly PlannedNode[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const index = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (!index.has(n.id)) index.set(n.id, i);
  });
  nodes.forEach((n, i) => {
    if (n.plannedEnd < n.plannedStart)
      problems.push({ path: `nodes.${i}.plannedEnd`, message: '结束日期不能早于开始日期' });
    if (index.get(n.id) !== i) problems.push({ path: `nodes.${i}.id`, message: '节点重复' });
    for (const dep of n.dependsOn) {
      if (dep === n.id) problems.push({ path: `nodes.${i}.dependsOn`, message: '节点不能依赖自身' });
      else if (!index.has(dep))
        problems.push({ path: `nodes.${i}.dependsOn`, message: '依赖的节点不在本项目的计划中' });
    }
  });
  if (problems.length > 0) return problems;
  const cyclic = firstNodeInCycle(nodes);
  if (cyclic !== null) problems.push({ path: `nodes.${cyclic}.dependsOn`, message: '节点依赖形成循环' });
  return problems;
}

/** The index of the first node (in plan order) that lies on a dependency cycle, or null. */
export function firstNodeInCycle(nodes: readonly PlannedNode[]): number | null {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // 0 unvisited, 1 on the current path, 2 done; `onCycle` collects every node of a cycle found.
  const state = new Map<string, 0 | 1 | 2>();
  const onCycle = new Set<string>();
  const path: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 1);
    path.push(id);
    for (const dep of byId.get(id)?.dependsOn ?? []) {
      if (!byId.has(dep)) continue;
      const s = state.get(dep) ?? 0;
      if (s === 1) for (const p of path.slice(path.indexOf(dep))) onCycle.add(p);
      else if (s === 0) visit(dep);
    }
    path.pop();
    state.set(id, 2);
  };
  for (const n of nodes) if ((state.get(n.id) ?? 0) === 0) visit(n.id);
  const i = nodes.findIndex((n) => onCycle.has(n.id));
  return i < 0 ? null : i;
}

/**
 * Problems of a report's month (path `month`): it must be of the project's plan year and not in the future
 * (the current month may be reported).
 */
export function reportMonthProblem(
  report: { year: number; month: number },
  projectYear: number,
  today: string,
): FieldProblem | null {
  if (report.year !== projectYear)
    return { path: 'month', message: `只能填报项目计划年度（${projectYear}年）的月份` };
  const [y, m] = today.split('-').map(Number) as [number, number];
  if (report.year * 12 + report.month > y * 12 + m) return { path: 'month', message: '不能填报未来的月份' };
  return null;
}

/** Stages a project only leaves by a decision of the office, with a reason. */
export const stagesNeedingReason: ReadonlySet<ProjectStage> = new Set(['suspended', 'terminated']);

/**
 * Whether a stage change is allowed: any stage may move to any other (the office corrects the register),
 * except that a terminated project stays terminated, and 暂缓/终止 need a reason (path `stageReason`).
 */
export function stageChangeProblem(
  from: ProjectStage,
  to: ProjectStage,
  reason: string | null | undefined,
): FieldProblem | null {
  if (from === to) return null;
  if (from === 'terminated') return { path: 'stage', message: '已终止的项目不能改变阶段' };
  if (stagesNeedingReason.has(to) && !reason?.trim())
    return { path: 'stageReason', message: '暂缓或终止项目须写明原因' };
  return null;
}

/** Stages in which the street office reports monthly progress. */
export const reportingStages: ReadonlySet<ProjectStage> = new Set([
  'planning',
  'signed',
  'preparation',
  'construction',
  'completed',
]);

/** The n-th project code of a year: 2026-XM-001. */
export function projectCode(year: number, n: number): string {
  return `${year}-XM-${String(n).padStart(3, '0')}`;
}
