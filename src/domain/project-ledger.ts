/**
 * The office's project ledger (项目台账) as a sheet: its columns, in the order offices keep them, and how a
 * cell's text becomes a field — labels to vocabulary keys, amounts in 万元 to two decimals (never floats),
 * dates. The export writes these columns; the import reads them by heading, in any order. Pure.
 */
import { boardSourceLabels, boardStageLabels } from './project-board';
import type { ProjectSource, ProjectStage } from './vocabulary';

export const projectLedgerColumns = [
  { header: '序号', key: 'seq', width: 6, readOnly: true },
  { header: '项目编号', key: 'code', width: 14, readOnly: false },
  { header: '项目名称', key: 'name', width: 30, readOnly: false },
  { header: '项目类型', key: 'type', width: 10, readOnly: false },
  { header: '项目来源', key: 'source', width: 10, readOnly: false },
  { header: '项目阶段', key: 'stage', width: 10, readOnly: false },
  { header: '年度', key: 'year', width: 8, readOnly: false },
  { header: '建设地点', key: 'address', width: 20, readOnly: false },
  { header: '建设单位', key: 'ownerEnterprise', width: 20, readOnly: false },
  { header: '主体推进单位', key: 'street', width: 16, readOnly: false },
  { header: '指挥部', key: 'commandPost', width: 16, readOnly: false },
  { header: '业务指导单位', key: 'guides', width: 18, readOnly: false },
  { header: '分包区领导', key: 'leaders', width: 14, readOnly: false },
  { header: '总投资（万元）', key: 'totalInvestment', width: 14, readOnly: false },
  { header: '年度计划投资（万元）', key: 'annualPlan', width: 14, readOnly: false },
  { header: '上年结转（万元）', key: 'carryOver', width: 12, readOnly: false },
  { header: '本年完成投资（万元）', key: 'completedThisYear', width: 14, readOnly: true },
  { header: '年度进度（%）', key: 'progressPct', width: 10, readOnly: true },
  { header: '计划开工', key: 'plannedStart', width: 12, readOnly: false },
  { header: '计划竣工', key: 'plannedEnd', width: 12, readOnly: false },
  { header: '联系人', key: 'contactName', width: 10, readOnly: false },
  { header: '联系电话', key: 'contactPhone', width: 14, readOnly: false },
  { header: '红黄绿灯', key: 'light', width: 8, readOnly: true },
  { header: '预警原因', key: 'lightReasons', width: 24, readOnly: true },
] as const;
export type ProjectLedgerKey = (typeof projectLedgerColumns)[number]['key'];
export type ProjectLedgerHeader = (typeof projectLedgerColumns)[number]['header'];

/** The columns an import must have. */
export const requiredLedgerKeys: readonly ProjectLedgerKey[] = ['name', 'type', 'source'];

export const projectLightLabels = { red: '红灯', yellow: '黄灯', green: '绿灯' } as const;
export const projectLightReasonLabels: Record<string, string> = {
  investment_behind: '投资完成滞后于时序计划',
  node_overdue: '节点逾期未完成',
  no_report: '上月进展未填报',
  blocker_open: '存在未解决的堵点',
};

function keyOfLabel<K extends string>(labels: Record<string, string>, text: string): K | null {
  const t = text.trim();
  for (const [key, label] of Object.entries(labels)) if (label === t || key === t) return key as K;
  return null;
}

export function sourceFromLabel(text: string): ProjectSource | null {
  return keyOfLabel<ProjectSource>(boardSourceLabels, text);
}

export function stageFromLabel(text: string): ProjectStage | null {
  // 投产/运营 may be written as either word.
  if (['投产', '运营'].includes(text.trim())) return 'operating';
  return keyOfLabel<ProjectStage>(boardStageLabels, text);
}

/**
 * An amount cell as "1234.50": text or a number with at most two decimals (a number off by float noise,
 * such as 0.30000000000000004, is taken as 0.30); negative, more decimals or not a number → null.
 */
export function ledgerAmount(text: string): string | null {
  const t = text.trim().replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const [whole = '', frac = ''] = t.split('.');
  if (whole.length > 12) return null;
  if (frac.length <= 2) return `${whole}.${frac.padEnd(2, '0')}`;
  const value = Number(t);
  const cents = Math.round(value * 100);
  if (Math.abs(value * 100 - cents) > 1e-6) return null;
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** A date cell: 2026-03-01, 2026/3/1, 2026.3.1 or 2026年3月1日 → YYYY-MM-DD; anything else → null. */
export function ledgerDay(text: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Names in one cell, split on 、，, ; and spaces. */
export function ledgerNames(text: string): string[] {
  return text
    .split(/[、，,;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
