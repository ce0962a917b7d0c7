import {
  LIGHTS,
  TASK_SOURCES,
  TASK_STATUSES,
  type Light,
  type TaskFilter,
  type TaskSort,
  type TaskSortField,
  type TaskSource,
  type TaskStatus,
} from '../../api/types';

// leadUnitId and leaderId come from links (the cockpit's bars and portfolio); they show as removable tags.
export const LEDGER_FILTER_KEYS = [
  'decisionId',
  'unitId',
  'leadUnitId',
  'leaderId',
  'status',
  'light',
  'source',
  'q',
  'sort',
  'page',
  'pageSize',
] as const;
export type LedgerFilterKey = (typeof LEDGER_FILTER_KEYS)[number];

/** The fields the server sorts the ledger by (tasks.schemas.ts taskSortFields). */
export const SORT_FIELDS: readonly TaskSortField[] = [
  'code',
  'dueDate',
  'startDate',
  'leadUnit',
  'status',
  'progress',
];

export const isStatus = (v: string): v is TaskStatus => (TASK_STATUSES as readonly string[]).includes(v);
export const isSource = (v: string): v is TaskSource => (TASK_SOURCES as readonly string[]).includes(v);
export const isLight = (v: string): v is Light => (LIGHTS as readonly string[]).includes(v);
export const isSort = (v: string): v is TaskSort =>
  (SORT_FIELDS as readonly string[]).includes(v.replace(/^-/, ''));

/**
 * The task filter of the URL's query: what the ledger lists, exports and prints. Unit-wide filters only for those
 * who see the whole ledger (the server scopes a unit user anyway); unknown values are dropped.
 */
export function ledgerFilterOf(
  filters: Record<LedgerFilterKey, string>,
  seesAll: boolean,
): Omit<TaskFilter, 'page' | 'pageSize'> {
  return {
    ...(filters.decisionId && seesAll ? { decisionId: filters.decisionId } : {}),
    ...(filters.unitId && seesAll ? { unitId: filters.unitId } : {}),
    ...(filters.leadUnitId && seesAll ? { leadUnitId: filters.leadUnitId } : {}),
    ...(filters.leaderId && seesAll ? { leaderId: filters.leaderId } : {}),
    ...(isStatus(filters.status) ? { status: filters.status } : {}),
    ...(isSource(filters.source) ? { source: filters.source } : {}),
    ...(isLight(filters.light) ? { light: filters.light } : {}),
    ...(filters.q ? { q: filters.q } : {}),
    ...(isSort(filters.sort) ? { sort: filters.sort } : {}),
  };
}
