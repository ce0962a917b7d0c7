/**
 * Per-unit target shares (指标分解到单位): a district indicator split across units. The shares must add up to
 * the district figure ('=' and '<=' targets), cover it ('>=' "at least" targets) or, for a range, cover its
 * lower bound without passing its upper bound. The district's current value is the sum of the approved
 * shares' current values; each share has its own progress and light for its unit.
 */
import { defaultLightSettings, lightAsOf, type LightResult, type LightSettings } from './schedule';
import type { Comparator, TargetShareStatus } from './vocabulary';
import type { TaskStatus } from './workflow';

/** The district target as the split rule needs it. */
export interface SplitTarget {
  comparator: Comparator;
  targetValue: number | null;
  targetValueMax: number | null;
}

/** One unit's share as the office enters it. */
export interface ShareInput {
  unitId: string;
  targetValue: number;
  targetValueMax?: number | null;
}

/**
 * Why a split is refused: `short` — the shares fall short of the district figure by `difference` (差 N);
 * `over` — they pass it by `difference` (超 N); a unit named twice; a share range upside down; a target
 * without a figure cannot be split.
 */
export type SplitProblem =
  | { kind: 'short'; difference: number; sum: number; required: number }
  | { kind: 'over'; difference: number; sum: number; required: number }
  | { kind: 'duplicate_unit'; index: number }
  | { kind: 'share_range'; index: number }
  | { kind: 'no_target_value' };

// Numeric columns hold decimals; summing binary floats (0.1 + 0.2) must not make a correct split fail.
const scale = 1e6;
function round(x: number): number {
  return Math.round(x * scale) / scale;
}
function sumOf(values: readonly number[]): number {
  return round(values.reduce((s, v) => s + Math.round(v * scale), 0) / scale);
}

/** The problem of a split against its district target, or null when the shares add up. */
export function splitProblem(target: SplitTarget, shares: readonly ShareInput[]): SplitProblem | null {
  if (target.targetValue === null) return { kind: 'no_target_value' };
  const seen = new Set<string>();
  for (const [index, s] of shares.entries()) {
    if (seen.has(s.unitId)) return { kind: 'duplicate_unit', index };
    seen.add(s.unitId);
    if (s.targetValueMax !== undefined && s.targetValueMax !== null && s.targetValueMax < s.targetValue)
      return { kind: 'share_range', index };
  }
  const sum = sumOf(shares.map((s) => s.targetValue));
  const required = target.targetValue;
  const short = (): SplitProblem => ({ kind: 'short', difference: round(required - sum), sum, required });
  switch (target.comparator) {
    case '>=':
      return sum < required ? short() : null;
    case '=':
    case '<=':
      if (sum < required) return short();
      return sum > required ? { kind: 'over', difference: round(sum - required), sum, required } : null;
    case 'range': {
      if (sum < required) return short();
      const max = target.targetValueMax ?? required;
      const sumMax = sumOf(shares.map((s) => s.targetValueMax ?? s.targetValue));
      return sumMax > max
        ? { kind: 'over', difference: round(sumMax - max), sum: sumMax, required: max }
        : null;
    }
  }
}

/** The words of a split problem for the 422 message, with the exact number ("差 200", "超 50"). */
export function splitProblemMessage(problem: SplitProblem, unit = ''): string {
  switch (problem.kind) {
    case 'short':
      return `各单位分解值合计 ${problem.sum}${unit}，与区级目标 ${problem.required}${unit} 差 ${problem.difference}${unit}`;
    case 'over':
      return `各单位分解值合计 ${problem.sum}${unit}，超出区级目标 ${problem.required}${unit} ${problem.difference}${unit}（超 ${problem.difference}）`;
    case 'duplicate_unit':
      return '同一单位只能分解一次';
    case 'share_range':
      return '区间上限不能小于下限';
    case 'no_target_value':
      return '该指标没有目标值，不能分解';
  }
}

/**
 * The district's current value: the sum of the approved shares' current values (a share not reported yet
 * counts as 0); null while no approved share has reported.
 */
export function districtCurrentValue(
  shares: ReadonlyArray<{ status: TargetShareStatus; currentValue: number | null }>,
): number | null {
  const approved = shares.filter((s) => s.status === 'approved');
  if (!approved.some((s) => s.currentValue !== null)) return null;
  return sumOf(approved.map((s) => s.currentValue ?? 0));
}

/**
 * A share's progress in percent, one decimal (over 100 when exceeded): current against target; for '<='
 * targets, 100 while the current value stays within the cap. Null when nothing is reported or the target is 0.
 */
export function shareProgress(
  comparator: Comparator,
  share: { targetValue: number; currentValue: number | null },
): number | null {
  const { targetValue, currentValue } = share;
  if (currentValue === null) return null;
  if (comparator === '<=') {
    if (currentValue <= targetValue) return 100;
    return currentValue === 0 ? null : Math.round((targetValue / currentValue) * 1000) / 10;
  }
  if (targetValue <= 0) return null;
  return Math.round((currentValue / targetValue) * 1000) / 10;
}

/** Whether a share has reached its figure. */
export function isShareMet(
  comparator: Comparator,
  share: { targetValue: number; currentValue: number | null },
): boolean {
  const p = shareProgress(comparator, share);
  return p !== null && p >= 100;
}

/**
 * A share's light as of a date, for its unit: the task's time (start, due) against the share's own progress,
 * by the same thresholds as the task's light (behind by 30 points red, 10 yellow, overdue red…). A met share is
 * green; a task that is not running is green.
 */
export function shareLightAsOf(
  comparator: Comparator,
  share: { targetValue: number; currentValue: number | null },
  task: { status: TaskStatus; startDate: string | null; dueDate: string | null },
  asOf: string,
  settings: LightSettings = defaultLightSettings,
): LightResult | null {
  if (!task.startDate || !task.dueDate) return null;
  const progress = shareProgress(comparator, share);
  const met = progress !== null && progress >= 100;
  return lightAsOf(
    {
      status: met ? 'completed' : task.status,
      startDate: task.startDate,
      dueDate: task.dueDate,
      progress: Math.min(100, progress ?? 0),
      // No report or acceptance facts: a share's light speaks of its figure only.
      acceptedAt: null,
      milestones: [],
      reports: [],
    },
    asOf,
    settings,
  );
}
