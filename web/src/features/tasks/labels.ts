import type {
  Comparator,
  DecisionKind,
  OutlineSection,
  Target,
  TaskSource,
  TaskStatus,
} from '../../api/types';
import type { MessageKey, Translate } from '../../i18n/i18n';
import { formatNumber } from '../common/format';

/** Tag colours of task statuses (never red/yellow/green: those belong to the lights). */
export const STATUS_COLORS: Record<TaskStatus, string> = {
  draft: 'default',
  published: 'blue',
  in_progress: 'processing',
  completion_requested: 'purple',
  completed: 'cyan',
  suspended: 'orange',
  cancelled: 'default',
};

export const kindLabel = (t: Translate, kind: DecisionKind) => t(`decision.kind.${kind}` as MessageKey);
export const sourceLabel = (t: Translate, source: TaskSource) => t(`task.source.${source}` as MessageKey);
export const statusLabel = (t: Translate, status: TaskStatus) => t(`task.status.${status}` as MessageKey);

const COMPARATOR_SIGNS: Record<Exclude<Comparator, 'range'>, string> = { '>=': '≥', '<=': '≤', '=': '' };

/** A number as the office writes it: thousands separators, no trailing zeros. */
function num(value: number): string {
  return formatNumber(value, 4);
}

/** The value part of a target: "≥1.2万人", "2–3家", "待定". */
export function formatTargetValue(
  t: Translate,
  target: Pick<Target, 'comparator' | 'targetValue' | 'targetValueMax' | 'unit' | 'placeholder'>,
): string {
  if (target.targetValue === null) return t('task.target.placeholder');
  if (target.comparator === 'range' && target.targetValueMax !== null) {
    return `${num(target.targetValue)}–${num(target.targetValueMax)}${target.unit}`;
  }
  const sign = target.comparator === 'range' ? '' : COMPARATOR_SIGNS[target.comparator];
  return `${sign}${num(target.targetValue)}${target.unit}`;
}

/** A target in one short line for tables: "城镇新增就业 ≥1.2万人". */
export function formatTarget(t: Translate, target: Target): string {
  return `${target.indicator} ${formatTargetValue(t, target)}`;
}

/** The outline stored with a decision, read defensively (the API types it as unknown). */
export function outlineSections(outline: unknown): OutlineSection[] {
  if (!Array.isArray(outline)) return [];
  return outline.filter(
    (s): s is OutlineSection =>
      typeof s === 'object' &&
      s !== null &&
      typeof (s as Record<string, unknown>)['id'] === 'string' &&
      typeof (s as Record<string, unknown>)['title'] === 'string',
  );
}
