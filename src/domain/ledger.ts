/**
 * The ledger (台账) as offices keep it in Excel: the column set, the labels of sources and statuses, and
 * how targets and task text are written into a cell and read back, so that export then import is exact.
 */
export const ledgerColumns = [
  '序号',
  '任务编号',
  '任务内容',
  '量化目标',
  '牵头区领导',
  '牵头单位',
  '配合单位',
  '责任人',
  '开始时间',
  '完成时限',
  '任务来源',
  '分类',
  '状态',
] as const;
export type LedgerColumn = (typeof ledgerColumns)[number];

export const sourceLabels = {
  city_assigned: '市委市政府下达',
  city_department: '市直部门代表下达',
  district_direct: '区委区政府直接下达',
  district_department: '区直部门分解',
  self_set: '单位自定',
  added: '区委区政府追加',
} as const;
export type TaskSource = keyof typeof sourceLabels;

export const statusLabels = {
  draft: '草稿',
  published: '已下发',
  in_progress: '推进中',
  completion_requested: '申请办结',
  completed: '已办结',
  suspended: '已暂停',
  cancelled: '已撤销',
} as const;

export function sourceFromLabel(label: string): TaskSource | null {
  const clean = label.trim();
  const found = Object.entries(sourceLabels).find(([code, zh]) => zh === clean || code === clean);
  return found ? (found[0] as TaskSource) : null;
}

export interface LedgerTarget {
  indicator: string;
  unit: string;
  comparator: '>=' | '<=' | '=' | 'range';
  targetValue: number | null;
  targetValueMax: number | null;
  deadline: string | null;
}

const symbol = { '>=': '≥', '<=': '≤', '=': '=', range: '' } as const;

function formatNumber(n: number): string {
  return String(Number(n.toPrecision(12)));
}

/** One target per line: `城镇新增就业：≥1.2万人（2024-12-31）`; an unknown value is written X. */
export function formatTargets(targets: readonly LedgerTarget[]): string {
  return targets
    .map((t) => {
      const value = t.targetValue === null ? 'X' : formatNumber(t.targetValue);
      const amount =
        t.comparator === 'range' && t.targetValueMax !== null
          ? `${value}—${formatNumber(t.targetValueMax)}`
          : `${symbol[t.comparator]}${value}`;
      return `${t.indicator}：${amount}${t.unit}${t.deadline ? `（${t.deadline}）` : ''}`;
    })
    .join('\n');
}

const targetLine =
  /^(.+)[：:]\s*(≥|≤|=|>=|<=)?\s*(X|×|-?\d+(?:\.\d+)?)(?:\s*[—\-~～至]\s*(-?\d+(?:\.\d+)?))?\s*([^（(]*?)\s*(?:[（(](\d{4}-\d{2}-\d{2})[)）])?$/;

/** Reads the cell back; each line that does not follow the form is reported by its number. */
export function parseTargets(cell: string): { targets: LedgerTarget[]; badLines: number[] } {
  const targets: LedgerTarget[] = [];
  const badLines: number[] = [];
  cell
    .split(/\r?\n|；|;/)
    .map((l) => l.trim())
    .forEach((line, i) => {
      if (!line) return;
      const m = targetLine.exec(line);
      if (!m) {
        badLines.push(i + 1);
        return;
      }
      const [, indicator, cmp, value, max, unit, deadline] = m;
      const placeholder = value === 'X' || value === '×';
      targets.push({
        indicator: (indicator ?? '').trim(),
        unit: (unit ?? '').trim(),
        comparator: max ? 'range' : cmp === '≤' || cmp === '<=' ? '<=' : cmp === '=' ? '=' : '>=',
        targetValue: placeholder ? null : Number(value),
        targetValueMax: max ? Number(max) : null,
        deadline: deadline ?? null,
      });
    });
  return { targets, badLines };
}

/** The 任务内容 cell: the title alone, or the title on its first line and the full text below it. */
export function joinTaskText(title: string, content: string | null): string {
  return content && content !== title ? `${title}\n${content}` : title;
}

export function splitTaskText(cell: string): { title: string; content: string | null } {
  const text = cell.replace(/\r\n/g, '\n').trim();
  const newline = text.indexOf('\n');
  if (newline < 0) return { title: text, content: null };
  return { title: text.slice(0, newline).trim(), content: text.slice(newline + 1).trim() || null };
}

/** Dates as offices type them: 2024-07-15, 2024/7/15, 2024.7.15, 2024年7月15日. */
export function parseLedgerDate(value: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** Names in one cell: 区财政局、区发改委 (also separated by ，, ; or new lines). */
export function splitNames(cell: string): string[] {
  return cell
    .split(/[、，,；;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
