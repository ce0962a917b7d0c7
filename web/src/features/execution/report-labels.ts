import {
  REPORT_HISTORY_ACTIONS,
  type ReportStatus,
  type TaskRequestKind,
  type TaskRequestStatus,
} from '../../api/types';
import type { MessageKey, Translate } from '../../i18n/i18n';

/** Report status tags: blue while waiting, never red/yellow/green (those belong to the lights). */
export const REPORT_STATUS_COLORS: Record<ReportStatus, string> = {
  submitted: 'processing',
  signed: 'purple',
  approved: 'cyan',
  returned: 'magenta',
};

export const REQUEST_STATUS_COLORS: Record<TaskRequestStatus, string> = {
  pending: 'processing',
  approved: 'cyan',
  rejected: 'magenta',
};

export const reportStatusLabel = (t: Translate, s: ReportStatus) => t(`report.status.${s}` as MessageKey);
export const requestStatusLabel = (t: Translate, s: TaskRequestStatus) =>
  t(`request.status.${s}` as MessageKey);
export const requestKindLabel = (t: Translate, k: TaskRequestKind) => t(`request.kind.${k}` as MessageKey);

/** 提交 / 重新提交 / 审签 / 通过 / 退回; an unknown action shows as written. */
export function historyActionLabel(t: Translate, action: string): string {
  return (REPORT_HISTORY_ACTIONS as readonly string[]).includes(action)
    ? t(`report.action.${action}` as MessageKey)
    : action;
}
