import type { ProjectNode } from '../../api/projects';

/** A day as a UTC-midnight timestamp; the chart's end of a node is the day after its last day. */
export const DAY_MS = 86_400_000;
export const dayTs = (d: string) => Date.parse(`${d}T00:00:00Z`);
export const tsDay = (ts: number) => new Date(ts).toISOString().slice(0, 10);
export const addDays = (d: string, days: number) => tsDay(dayTs(d) + days * DAY_MS);

/** One line of the chart: a node (a project's own chart) or a project with all its nodes (the portfolio). */
export interface GanttLine {
  key: string;
  label: string;
  projectId: string;
  nodes: readonly ProjectNode[];
  /** A group's heading line (type, street or leader): bold, no bars. */
  header?: boolean;
}

export interface GanttBar {
  line: number;
  projectId: string;
  node: ProjectNode;
}

export interface GanttDep {
  fromLine: number;
  toLine: number;
  /** Day after the predecessor's planned end, and the successor's planned start. */
  fromTs: number;
  toTs: number;
  /** The successor starts before its predecessor ends (finish-to-start broken). */
  broken: boolean;
}

export interface GanttModel {
  bars: GanttBar[];
  deps: GanttDep[];
  min: number;
  max: number;
}

/** Bars, finish-to-start arrows and the time range (padded a week each side, today always inside). */
export function ganttModel(lines: readonly GanttLine[], today: string): GanttModel {
  const bars: GanttBar[] = [];
  const where = new Map<string, GanttBar>();
  lines.forEach((line, i) => {
    for (const node of line.nodes) {
      const bar = { line: i, projectId: line.projectId, node };
      bars.push(bar);
      where.set(node.id, bar);
    }
  });
  const deps: GanttDep[] = [];
  for (const bar of bars) {
    for (const from of bar.node.dependsOn) {
      const pred = where.get(from);
      if (!pred) continue;
      const fromTs = dayTs(pred.node.plannedEnd) + DAY_MS;
      const toTs = dayTs(bar.node.plannedStart);
      deps.push({ fromLine: pred.line, toLine: bar.line, fromTs, toTs, broken: toTs < fromTs });
    }
  }
  const times = [dayTs(today)];
  for (const { node } of bars) {
    for (const d of [
      node.plannedStart,
      node.plannedEnd,
      node.baselineStart,
      node.baselineEnd,
      node.actualStart,
      node.actualEnd,
    ]) {
      if (d) times.push(dayTs(d));
    }
  }
  return { bars, deps, min: Math.min(...times) - 7 * DAY_MS, max: Math.max(...times) + 8 * DAY_MS };
}

/** A node moved by whole days, its length kept. */
export function shiftNode(node: ProjectNode, days: number): { plannedStart: string; plannedEnd: string } {
  return { plannedStart: addDays(node.plannedStart, days), plannedEnd: addDays(node.plannedEnd, days) };
}
