import type {
  AccountabilityType,
  CaseLevel,
  CaseOrigin,
  CaseStatus,
  RectificationStatus,
  SupervisionCase,
} from '../../api/supervision';
import type { MessageKey, Translate } from '../../i18n/i18n';
import { formatDate } from '../common/format';

export const caseLevelLabel = (t: Translate, level: CaseLevel) => t(`case.level.${level}` as MessageKey);
export const caseOriginLabel = (t: Translate, origin: CaseOrigin) => t(`case.origin.${origin}` as MessageKey);
export const caseStatusLabel = (t: Translate, status: CaseStatus) => t(`case.status.${status}` as MessageKey);
export const rectStatusLabel = (t: Translate, status: RectificationStatus) =>
  t(`rect.status.${status}` as MessageKey);
export const accountabilityTypeLabel = (t: Translate, type: string) =>
  t(`measure.type.${type as AccountabilityType}` as MessageKey);

/** Known history actions get a word; anything newer shows as the server wrote it. */
const HISTORY_ACTIONS = new Set(['open', 'answer', 'close', 'send_back', 'escalate', 'reissue']);
export const caseActionLabel = (t: Translate, action: string) =>
  HISTORY_ACTIONS.has(action) ? t(`case.action.${action}` as MessageKey) : action;

/** 挂牌督办 is the heaviest and stands out most. */
export const CASE_LEVEL_COLORS: Record<CaseLevel, string> = { general: 'blue', key: 'orange', listed: 'red' };
export const CASE_STATUS_COLORS: Record<CaseStatus, string> = {
  issued: 'processing',
  answered: 'gold',
  closed: 'success',
  escalated: 'error',
};
export const RECT_STATUS_COLORS: Record<RectificationStatus, string> = {
  open: 'processing',
  submitted: 'gold',
  verified: 'success',
};

/** Today in Asia/Shanghai, `YYYY-MM-DD`. */
export function today(): string {
  return formatDate(new Date());
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Days from today to the deadline (negative when past). */
export function daysUntil(deadline: string, from: string = today()): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A case still open whose deadline has passed. */
export function isCaseOverdue(
  c: Pick<SupervisionCase, 'status' | 'deadline'>,
  on: string = today(),
): boolean {
  return c.status !== 'closed' && c.deadline < on;
}
