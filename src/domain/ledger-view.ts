/**
 * The monthly ledger (月度台账) as one column definition: the Excel export, the A3 print view and the ledger
 * page's column chooser all read this list, so a column chosen on screen is the same column on paper. The
 * assignment columns keep the import's header names (ledger.ts); the others are read-only — the import never
 * reads them, so a re-imported monthly export cannot change a task's progress.
 */
import { formatTargets, joinTaskText, sourceLabels, statusLabels, type LedgerTarget } from './ledger';
import type { AcceptanceOutcome, LightReason } from './vocabulary';

export interface LedgerViewColumn {
  key: string;
  /** The header in the sheet and on paper (the import matches assignment columns by it). */
  header: string;
  /** Excel column width in characters. */
  width: number;
  /** Written from the task's progress, light or reports; the import ignores it. */
  isReadOnly: boolean;
}

export const ledgerViewColumns = [
  { key: 'seq', header: '序号', width: 6, isReadOnly: true },
  { key: 'code', header: '任务编号', width: 14, isReadOnly: true },
  { key: 'title', header: '任务内容', width: 50, isReadOnly: false },
  { key: 'targets', header: '量化目标', width: 32, isReadOnly: false },
  { key: 'targetValues', header: '指标最新值', width: 30, isReadOnly: true },
  { key: 'leadLeader', header: '牵头区领导', width: 12, isReadOnly: false },
  { key: 'leadUnit', header: '牵头单位', width: 18, isReadOnly: false },
  { key: 'coUnits', header: '配合单位', width: 22, isReadOnly: false },
  { key: 'responsiblePerson', header: '责任人', width: 10, isReadOnly: false },
  { key: 'startDate', header: '开始时间', width: 12, isReadOnly: false },
  { key: 'dueDate', header: '完成时限', width: 12, isReadOnly: false },
  { key: 'source', header: '任务来源', width: 16, isReadOnly: false },
  { key: 'category', header: '分类', width: 10, isReadOnly: false },
  { key: 'status', header: '状态', width: 10, isReadOnly: true },
  { key: 'progress', header: '进度', width: 8, isReadOnly: true },
  { key: 'light', header: '红黄绿灯', width: 22, isReadOnly: true },
  { key: 'reportPeriod', header: '填报期次', width: 12, isReadOnly: true },
  { key: 'workDone', header: '工作进展', width: 40, isReadOnly: true },
  { key: 'problems', header: '存在问题', width: 30, isReadOnly: true },
  { key: 'nextSteps', header: '下步打算', width: 30, isReadOnly: true },
  { key: 'acceptance', header: '验收情况', width: 36, isReadOnly: true },
] as const satisfies readonly LedgerViewColumn[];

export type LedgerViewKey = (typeof ledgerViewColumns)[number]['key'];
export const ledgerViewKeys: readonly LedgerViewKey[] = ledgerViewColumns.map((c) => c.key);

/** Every column, in the office's order: the monthly ledger when the caller names none. */
export const monthlyLedgerKeys: readonly LedgerViewKey[] = ledgerViewKeys;

const columnByKey = new Map<string, (typeof ledgerViewColumns)[number]>(
  ledgerViewColumns.map((c) => [c.key, c]),
);

/** The column of a key. */
export function ledgerViewColumn(key: LedgerViewKey): LedgerViewColumn {
  const column = columnByKey.get(key);
  if (!column) throw new RangeError(`unknown ledger column ${key}`);
  return column;
}

export function isLedgerViewKey(value: string): value is LedgerViewKey {
  return columnByKey.has(value);
}

/**
 * Reads `columns=code,title,progress` as the page sends it: its order is kept, repeats dropped; unknown keys are
 * returned so the route can answer 422 naming them. An empty list means the monthly ledger.
 */
export function parseLedgerViewKeys(value: string | undefined): { keys: LedgerViewKey[]; unknown: string[] } {
  const parts = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = parts.filter((p) => !isLedgerViewKey(p));
  const keys = [...new Set(parts.filter(isLedgerViewKey))];
  return { keys: keys.length > 0 ? keys : [...monthlyLedgerKeys], unknown };
}

export type LightWord = 'red' | 'yellow' | 'green';
const lightWords: Record<LightWord, string> = { red: '红灯', yellow: '黄灯', green: '绿灯' };
export const lightReasonWords: Record<LightReason, string> = {
  overdue: '逾期未完成',
  behind_schedule: '进度滞后',
  half_time_half_task: '时间过半任务未过半',
  due_soon: '临近到期',
  missing_report: '未按期报送进展',
  not_accepted: '超过签收时限未签收',
  catch_up_plan_overdue: '赶超措施逾期未报',
  blocker_open: '存在未解决的堵点',
};

/** "黄灯（时间过半任务未过半；未按期报送进展）"; empty for a task without a light (a draft, no dates). */
export function formatLight(light: LightWord | null, reasons: readonly string[]): string {
  if (!light) return '';
  const why = reasons.map((r) => (lightReasonWords as Record<string, string | undefined>)[r] ?? r).join('；');
  return why ? `${lightWords[light]}（${why}）` : lightWords[light];
}

/** A period as offices write it: 2024-07 → 2024年7月, 2024-Q3 → 2024年第三季度. */
export function formatPeriod(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${month[1]}年${Number(month[2])}月`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `${quarter[1]}年第${'一二三四'[Number(quarter[2]) - 1]}季度`;
  return period;
}

export interface LedgerViewTarget extends LedgerTarget {
  currentValue: number | null;
}

/** "城镇新增就业：1.05万人（目标 ≥1.2万人）" per line; a target not yet reported reads "未报". */
export function formatTargetValues(targets: readonly LedgerViewTarget[]): string {
  return targets
    .map((t) => {
      const goal = formatTargets([{ ...t, deadline: null }]).replace(/^.*?：/, '');
      const value = t.currentValue === null ? '未报' : `${Number(t.currentValue.toPrecision(12))}${t.unit}`;
      return `${t.indicator}：${value}（目标 ${goal}）`;
    })
    .join('\n');
}

/** What one ledger line is made of; the server gathers it, this module writes it. */
export interface LedgerViewFacts {
  code: string | null;
  title: string;
  content: string | null;
  targets: readonly LedgerViewTarget[];
  leadLeaderName: string;
  leadUnitName: string;
  coUnitNames: readonly string[];
  responsiblePerson: string | null;
  startDate: string | null;
  dueDate: string | null;
  source: keyof typeof sourceLabels;
  category: string | null;
  status: keyof typeof statusLabels;
  progress: number;
  light: LightWord | null;
  lightReasons: readonly string[];
  /** The latest approved report, if any. */
  report: { period: string; narrative: string; problems: string | null; nextSteps: string | null } | null;
  /** The latest completion request (验收), if any. */
  acceptance?: LedgerAcceptance | null;
}

/** Where a task's acceptance stands, as the ledger writes it. */
export interface LedgerAcceptance {
  state: 'requested' | AcceptanceOutcome;
  /** Calendar date of the decision (Asia/Shanghai). */
  decidedOn: string | null;
  decidedByName: string | null;
  remarks: string | null;
}

const acceptanceWords: Record<LedgerAcceptance['state'], string> = {
  requested: '待验收',
  accepted: '验收通过',
  accepted_with_remarks: '附意见通过',
  returned: '退回补充',
};

/** "附意见通过（2024-07-20 督查室 李娜）：资料齐全" — the acceptance record in one cell; empty when never asked. */
export function formatAcceptance(a: LedgerAcceptance | null | undefined): string {
  if (!a) return '';
  const word = acceptanceWords[a.state];
  if (a.state === 'requested') return word;
  const who = [a.decidedOn, a.decidedByName].filter(Boolean).join(' ');
  return `${word}${who ? `（${who}）` : ''}${a.remarks ? `：${a.remarks}` : ''}`;
}

/** One ledger line's cells by key (text, or a number for 序号 and 进度). */
export function ledgerViewCells(seq: number, f: LedgerViewFacts): Record<LedgerViewKey, string | number> {
  return {
    seq,
    code: f.code ?? '',
    title: joinTaskText(f.title, f.content),
    targets: formatTargets(f.targets),
    targetValues: formatTargetValues(f.targets),
    leadLeader: f.leadLeaderName,
    leadUnit: f.leadUnitName,
    coUnits: f.coUnitNames.join('、'),
    responsiblePerson: f.responsiblePerson ?? '',
    startDate: f.startDate ?? '',
    dueDate: f.dueDate ?? '',
    source: sourceLabels[f.source],
    category: f.category ?? '',
    status: statusLabels[f.status],
    progress: f.progress,
    light: formatLight(f.light, f.lightReasons),
    reportPeriod: f.report ? formatPeriod(f.report.period) : '',
    workDone: f.report?.narrative ?? '',
    problems: f.report?.problems ?? '',
    nextSteps: f.report?.nextSteps ?? '',
    acceptance: formatAcceptance(f.acceptance),
  };
}
