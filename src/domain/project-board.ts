/**
 * The public board of key projects (甘特图公示): which fields of a project may be shown outside, and the board
 * itself — title, date, legend and one row per public project — built from plain facts, so that the poster
 * (PNG/PDF), the public page and its JSON show the same thing and nothing more. Pure: no I/O.
 */

import { projectPublicFields, type ProjectPublicField } from './vocabulary';

/** The fields of a project the office may make public (the vocabulary); ids, contacts and the rest never are. */
export const boardFields = projectPublicFields;
export type BoardField = ProjectPublicField;

/** Shown when the office has not chosen: no amounts, no cadres' names. */
export const defaultBoardFields: readonly BoardField[] = [
  'name',
  'type',
  'stage',
  'street',
  'plannedStart',
  'plannedEnd',
  'progressPct',
  'light',
  'nodes',
];

export function isBoardField(value: string): value is BoardField {
  return (boardFields as readonly string[]).includes(value);
}

/** The fields' headings on the poster and the public page (zh-CN: the board is an official notice). */
export const boardFieldLabels: Record<BoardField, string> = {
  code: '项目编号',
  name: '项目名称',
  type: '类型',
  source: '来源',
  stage: '阶段',
  street: '主体推进',
  leaders: '分包区领导',
  address: '建设地点',
  ownerEnterprise: '建设单位',
  plannedStart: '计划开工',
  plannedEnd: '计划竣工',
  totalInvestment: '总投资（万元）',
  annualPlan: '年度计划（万元）',
  completedThisYear: '本年完成（万元）',
  progressPct: '年度进度',
  light: '状态',
  nodes: '推进节点',
};

export const boardStageLabels: Record<string, string> = {
  planning: '谋划',
  signed: '签约',
  preparation: '前期',
  construction: '在建',
  completed: '竣工',
  operating: '投产/运营',
  suspended: '暂缓',
  terminated: '终止',
};

export const boardSourceLabels: Record<string, string> = {
  investment_signed: '招商签约',
  government: '政府投资',
  social: '社会投资',
  carry_over: '续建结转',
};

export const boardLightLabels: Record<string, string> = { red: '滞后', yellow: '预警', green: '正常' };

/** A node as the board may show it: dates and lateness, no ids, no units. */
export interface BoardNode {
  name: string;
  kind: string;
  plannedStart: string;
  plannedEnd: string;
  baselineStart: string | null;
  baselineEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  late: boolean;
}

/** What the board is built from: one public project's facts (the repository's row, presented). */
export interface BoardProjectFacts {
  code: string;
  address: string | null;
  ownerEnterprise: string | null;
  name: string;
  type: string;
  source: string;
  stage: string;
  street: string | null;
  leaders: string[];
  plannedStart: string | null;
  plannedEnd: string | null;
  totalInvestment: string;
  annualPlan: string;
  completedThisYear: string;
  progressPct: number;
  light: 'red' | 'yellow' | 'green';
  nodes: BoardNode[];
}

/** A project as it leaves for the public: `key` (its code: a stable token, never an id) and the chosen fields. */
export type PublicProject = { key: string } & Partial<BoardProjectFacts>;

/** Only the chosen fields, in a fixed order; the code is the key. */
export function publicProject(facts: BoardProjectFacts, fields: readonly BoardField[]): PublicProject {
  const shown = new Set(fields);
  const out: Record<string, unknown> = { key: facts.code };
  for (const field of boardFields) {
    if (!shown.has(field)) continue;
    out[field] = field === 'nodes' ? facts.nodes.map(publicNode) : facts[field];
  }
  return out as PublicProject;
}

function publicNode(n: BoardNode): BoardNode {
  return {
    name: n.name,
    kind: n.kind,
    plannedStart: n.plannedStart,
    plannedEnd: n.plannedEnd,
    baselineStart: n.baselineStart,
    baselineEnd: n.baselineEnd,
    actualStart: n.actualStart,
    actualEnd: n.actualEnd,
    late: n.late,
  };
}

/** A span of calendar dates, both ends included (YYYY-MM-DD). */
export interface Span {
  start: string;
  end: string;
}

export interface BoardRow {
  key: string;
  index: number;
  /** Text cells by field (only the public text fields; dates as YYYY-MM-DD, amounts in 万元, progress "45%"). */
  cells: Partial<Record<BoardField, string>>;
  light: 'red' | 'yellow' | 'green' | null;
  /** The plan as first approved (nodes' baselines), the plan as now, and what happened (start to end or today). */
  baseline: Span | null;
  plan: Span | null;
  actual: Span | null;
  nodes: Array<Span & { name: string; late: boolean; done: boolean }>;
  lateNodes: string[];
}

export interface LegendItem {
  key: 'baseline' | 'plan' | 'actual' | 'late' | 'today' | 'red' | 'yellow' | 'green';
  label: string;
}

export interface Board {
  title: string;
  district: string;
  asOf: string;
  dateLabel: string;
  year: number;
  /** The time axis: the whole calendar year of `asOf`. */
  range: Span;
  months: Array<Span & { label: string }>;
  /** The text columns shown, in order (序号 comes first and is not a field). */
  columns: BoardField[];
  /** Whether bars can be drawn: the dates or the nodes are public. */
  hasTimeline: boolean;
  rows: BoardRow[];
  /** Projects on the whole board (all sheets). */
  total: number;
  legend: LegendItem[];
  counts: { red: number; yellow: number; green: number };
  /** Which sheet of the poster this is (a long list is printed on several). */
  page: { number: number; count: number };
}

const textColumns: BoardField[] = [
  'code',
  'name',
  'type',
  'source',
  'stage',
  'street',
  'leaders',
  'address',
  'ownerEnterprise',
  'totalInvestment',
  'annualPlan',
  'completedThisYear',
  'progressPct',
  'light',
];

/** 2026-12-05 → 2026年12月5日 */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function minOf(values: Array<string | null>): string | null {
  const present = values.filter((v): v is string => v !== null);
  return present.length ? present.reduce((a, b) => (b < a ? b : a)) : null;
}

function maxOf(values: Array<string | null>): string | null {
  const present = values.filter((v): v is string => v !== null);
  return present.length ? present.reduce((a, b) => (b > a ? b : a)) : null;
}

function spanOf(start: string | null, end: string | null): Span | null {
  return start && end && start <= end ? { start, end } : null;
}

function cellOf(p: BoardProjectFacts, field: BoardField): string {
  switch (field) {
    case 'stage':
      return boardStageLabels[p.stage] ?? p.stage;
    case 'source':
      return boardSourceLabels[p.source] ?? p.source;
    case 'street':
      return p.street ?? '';
    case 'address':
      return p.address ?? '';
    case 'ownerEnterprise':
      return p.ownerEnterprise ?? '';
    case 'leaders':
      return p.leaders.join('、');
    case 'progressPct':
      return `${p.progressPct}%`;
    case 'light':
      return boardLightLabels[p.light] ?? p.light;
    case 'plannedStart':
      return p.plannedStart ?? '';
    case 'plannedEnd':
      return p.plannedEnd ?? '';
    case 'nodes':
      return '';
    default:
      return p[field];
  }
}

/** One row: the public cells, and bars only from what is public (dates for the plan, nodes for the rest). */
export function boardRow(
  p: BoardProjectFacts,
  index: number,
  fields: readonly BoardField[],
  asOf: string,
): BoardRow {
  const shown = new Set(fields);
  const cells: Partial<Record<BoardField, string>> = {};
  for (const f of textColumns) if (shown.has(f)) cells[f] = cellOf(p, f);
  const nodes = shown.has('nodes') ? p.nodes : [];
  const baseline = spanOf(minOf(nodes.map((n) => n.baselineStart)), maxOf(nodes.map((n) => n.baselineEnd)));
  const datesShown = shown.has('plannedStart') && shown.has('plannedEnd');
  const plan =
    (datesShown ? spanOf(p.plannedStart, p.plannedEnd) : null) ??
    spanOf(minOf(nodes.map((n) => n.plannedStart)), maxOf(nodes.map((n) => n.plannedEnd)));
  const started = minOf(nodes.map((n) => n.actualStart));
  const allDone = nodes.length > 0 && nodes.every((n) => n.actualEnd !== null);
  const actualEnd = allDone ? maxOf(nodes.map((n) => n.actualEnd)) : asOf;
  const actual = started ? spanOf(started, actualEnd && actualEnd < started ? started : actualEnd) : null;
  return {
    key: p.code,
    index,
    cells,
    light: shown.has('light') ? p.light : null,
    baseline,
    plan,
    actual,
    nodes: nodes.map((n) => ({
      name: n.name,
      start: n.plannedStart,
      end: n.plannedEnd,
      late: n.late,
      done: n.actualEnd !== null,
    })),
    lateNodes: nodes.filter((n) => n.late).map((n) => n.name),
  };
}

/**
 * The board as of a date: title 《<district><year>年重点项目推进甘特图》, the date, the year's months, the
 * legend, and one row per project in the order given (the caller sorts). Only `fields` reach the rows.
 */
export function buildBoard(input: {
  district: string;
  asOf: string;
  fields: readonly BoardField[];
  projects: readonly BoardProjectFacts[];
}): Board {
  const { district, asOf, fields } = input;
  const year = Number(asOf.slice(0, 4));
  const shown = new Set(fields);
  const rows = input.projects.map((p, i) => boardRow(p, i + 1, fields, asOf));
  const hasTimeline = shown.has('nodes') || (shown.has('plannedStart') && shown.has('plannedEnd'));
  const legend: LegendItem[] = [];
  if (hasTimeline) {
    if (shown.has('nodes')) legend.push({ key: 'baseline', label: '基线计划' });
    legend.push({ key: 'plan', label: '当前计划' });
    if (shown.has('nodes')) {
      legend.push({ key: 'actual', label: '实际进度' }, { key: 'late', label: '滞后节点' });
    }
    legend.push({ key: 'today', label: `今日（${chineseDate(asOf)}）` });
  }
  if (shown.has('light'))
    legend.push(
      { key: 'green', label: '正常' },
      { key: 'yellow', label: '预警' },
      { key: 'red', label: '滞后' },
    );
  const counts = { red: 0, yellow: 0, green: 0 };
  if (shown.has('light')) for (const p of input.projects) counts[p.light] += 1;
  return {
    title: `${district}${year}年重点项目推进甘特图`,
    district,
    asOf,
    dateLabel: `截至${chineseDate(asOf)}`,
    year,
    range: { start: `${year}-01-01`, end: `${year}-12-31` },
    months: Array.from({ length: 12 }, (_, i) => {
      const m = String(i + 1).padStart(2, '0');
      const last = new Date(Date.UTC(year, i + 1, 0)).getUTCDate();
      return { label: `${i + 1}月`, start: `${year}-${m}-01`, end: `${year}-${m}-${last}` };
    }),
    columns: textColumns.filter((f) => shown.has(f)),
    hasTimeline,
    rows,
    total: rows.length,
    legend,
    counts,
    page: { number: 1, count: 1 },
  };
}

/**
 * The board cut into as few sheets of at most `rowsPerPage` rows as it needs, evenly filled; the title, legend
 * and counts stay the whole board's.
 */
export function boardPages(board: Board, rowsPerPage: number): Board[] {
  const count = Math.max(1, Math.ceil(board.rows.length / Math.max(1, Math.floor(rowsPerPage))));
  // Sheets of even length: 50 rows on 23-row sheets are 17, 17 and 16, not 23, 23 and 4.
  const per = Math.max(1, Math.ceil(board.rows.length / count));
  return Array.from({ length: count }, (_, i) => ({
    ...board,
    rows: board.rows.slice(i * per, (i + 1) * per),
    page: { number: i + 1, count },
  }));
}

function dayNumber(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000
  );
}

/**
 * Where a date falls on the axis, from 0 (the range's first day begins) to 1 (its last day ends), clamped:
 * `end` marks the end of its day, so a one-day span has a width.
 */
export function axisPosition(date: string, range: Span, edge: 'start' | 'end' = 'start'): number {
  const first = dayNumber(range.start);
  const days = dayNumber(range.end) - first + 1;
  const at = dayNumber(date) - first + (edge === 'end' ? 1 : 0);
  return Math.min(1, Math.max(0, at / days));
}

/** Whether a span shows on the axis at all. */
export function overlaps(span: Span, range: Span): boolean {
  return span.end >= range.start && span.start <= range.end;
}
