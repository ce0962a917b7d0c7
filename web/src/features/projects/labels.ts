import type {
  ProjectLightReason,
  ProjectNodeKind,
  ProjectReportStatus,
  ProjectSource,
  ProjectStage,
  ProjectUnitRole,
} from '../../api/projects';
import type { MessageKey, Translate } from '../../i18n/i18n';

/** Tag colours of the stages (never red/yellow/green alone: those belong to the lights). */
export const STAGE_COLORS: Record<ProjectStage, string> = {
  planning: 'default',
  signed: 'purple',
  preparation: 'blue',
  construction: 'processing',
  completed: 'cyan',
  operating: 'geekblue',
  suspended: 'orange',
  terminated: 'default',
};

export const REPORT_STATUS_COLORS: Record<ProjectReportStatus, string> = {
  submitted: 'processing',
  approved: 'success',
  returned: 'warning',
};

export const stageLabel = (t: Translate, s: ProjectStage) => t(`project.stage.${s}` as MessageKey);
export const sourceLabel = (t: Translate, s: ProjectSource) => t(`project.source.${s}` as MessageKey);
export const unitRoleLabel = (t: Translate, r: ProjectUnitRole) => t(`project.unitRole.${r}` as MessageKey);
export const nodeKindLabel = (t: Translate, k: ProjectNodeKind) => t(`project.nodeKind.${k}` as MessageKey);
export const reportStatusLabel = (t: Translate, s: ProjectReportStatus) =>
  t(`project.reportStatus.${s}` as MessageKey);
export const projectReasonLabel = (t: Translate, r: ProjectLightReason) =>
  t(`project.lightReason.${r}` as MessageKey);

/** 万元 as integer cents (no floats in sums): "1234.5" → 123450; NaN for what is not an amount. */
export function wanToCents(value: string | null | undefined): number {
  if (value === null || value === undefined) return Number.NaN;
  const m = /^(-?)(\d{1,12})(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!m) return Number.NaN;
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -cents : cents;
}

/** Cents as 万元 with thousands separators: 123450 → "1,234.50". */
export function formatCents(cents: number): string {
  if (!Number.isFinite(cents)) return '—';
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  const whole = new Intl.NumberFormat('zh-CN').format(Math.floor(abs / 100));
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** A Wan string shown with separators ("1234.5" → "1,234.50"). */
export const formatWan = (value: string | null | undefined) => formatCents(wanToCents(value));

/** Cents back to the JSON form "1234.50". */
export const centsToWan = (cents: number) =>
  `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;

/** The amount pattern the server accepts (two decimals, no sign: a negative figure is refused too). */
export const WAN_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;

/** 2024年7月 (zh-CN) or 2024-07 (en): a report's period as the office writes it. */
export const periodLabel = (t: Translate, year: number, month: number) =>
  t('project.period', { year, month, mm: String(month).padStart(2, '0') });
