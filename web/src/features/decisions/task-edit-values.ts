import dayjs, { type Dayjs } from 'dayjs';
import { ApiError, isApiError } from '../../api/client';
import type { Comparator, MilestoneInput, Task, TargetInput, TaskChanges, TaskSource } from '../../api/types';

/** The drawer's form values and how they map to and from a task. */
export interface TargetValues {
  indicator: string;
  comparator: Comparator;
  targetValue: number | null;
  targetValueMax: number | null;
  unit: string;
  /** Kept as they were: the drawer does not edit them, but the PATCH replaces the whole list. */
  baseline: number | null;
  deadline: string | null;
}

export interface MilestoneValues {
  title: string;
  dueDate: Dayjs | null;
  weight: number | null;
}

export interface Values {
  title: string;
  content: string;
  category: string;
  source: TaskSource;
  leadUnitId: string | null;
  coUnitIds: string[];
  leadLeaderId: string | null;
  responsiblePerson: string;
  startDate: Dayjs | null;
  dueDate: Dayjs | null;
  isKey: boolean;
  targets: TargetValues[];
  milestones: MilestoneValues[];
}

export const FIELDS = [
  'title',
  'content',
  'category',
  'source',
  'leadUnitId',
  'coUnitIds',
  'leadLeaderId',
  'responsiblePerson',
  'startDate',
  'dueDate',
  'isKey',
  'targets',
  'milestones',
] as const;

const day = (value: string | null) => (value ? dayjs(value) : null);
const iso = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

export function toValues(task: Task): Values {
  return {
    title: task.title,
    content: task.content ?? '',
    category: task.category ?? '',
    source: task.source,
    leadUnitId: task.leadUnitId,
    coUnitIds: task.coUnitIds,
    leadLeaderId: task.leadLeaderId,
    responsiblePerson: task.responsiblePerson ?? '',
    startDate: day(task.startDate),
    dueDate: day(task.dueDate),
    isKey: task.isKey,
    targets: task.targets.map((g) => ({
      indicator: g.indicator,
      comparator: g.comparator,
      targetValue: g.targetValue,
      targetValueMax: g.targetValueMax,
      unit: g.unit,
      baseline: g.baseline,
      deadline: g.deadline,
    })),
    milestones: task.milestones.map((m) => ({ title: m.title, dueDate: day(m.dueDate), weight: m.weight })),
  };
}

export function targetInputs(targets: readonly TargetValues[]): TargetInput[] {
  return targets.map((g) => ({
    indicator: g.indicator.trim(),
    unit: (g.unit ?? '').trim(),
    comparator: g.comparator,
    targetValue: g.targetValue ?? null,
    targetValueMax: g.comparator === 'range' ? (g.targetValueMax ?? null) : null,
    baseline: g.baseline ?? null,
    deadline: g.deadline ?? null,
  }));
}

export function milestoneInputs(milestones: readonly MilestoneValues[]): MilestoneInput[] {
  return milestones.map((m) => ({
    title: m.title.trim(),
    dueDate: iso(m.dueDate) ?? '',
    weight: m.weight ?? null,
  }));
}

/** The server names a co-unit by index (coUnitIds.2); the form has one field for all of them. */
export function forForm(e: unknown): unknown {
  if (!isApiError(e)) return e;
  const fields = e.fieldErrors.map((f) =>
    f.path.startsWith('coUnitIds.') ? { ...f, path: 'coUnitIds' } : f,
  );
  return new ApiError(e.status, e.code, e.message, { ...e.details, fields });
}

/** Only what changed goes to the server (targets and milestones replace the lists, so only when edited). */
export function changesOf(task: Task, v: Values): TaskChanges {
  const before = toValues(task);
  const out: TaskChanges = {};
  if (v.title.trim() !== task.title) out.title = v.title.trim();
  if ((v.content ?? '') !== before.content) out.content = v.content ? v.content : null;
  if ((v.category ?? '').trim() !== before.category) out.category = v.category?.trim() || null;
  if (v.source !== task.source) out.source = v.source;
  if ((v.leadUnitId ?? null) !== task.leadUnitId) out.leadUnitId = v.leadUnitId ?? null;
  if (JSON.stringify(v.coUnitIds ?? []) !== JSON.stringify(task.coUnitIds)) out.coUnitIds = v.coUnitIds ?? [];
  if ((v.leadLeaderId ?? null) !== task.leadLeaderId) out.leadLeaderId = v.leadLeaderId ?? null;
  if ((v.responsiblePerson ?? '').trim() !== before.responsiblePerson)
    out.responsiblePerson = v.responsiblePerson?.trim() || null;
  if (iso(v.startDate) !== task.startDate) out.startDate = iso(v.startDate);
  if (iso(v.dueDate) !== task.dueDate) out.dueDate = iso(v.dueDate);
  if (v.isKey !== task.isKey) out.isKey = v.isKey;
  const targets = targetInputs(v.targets ?? []);
  if (JSON.stringify(targets) !== JSON.stringify(targetInputs(before.targets))) out.targets = targets;
  const milestones = milestoneInputs(v.milestones ?? []);
  if (JSON.stringify(milestones) !== JSON.stringify(milestoneInputs(before.milestones)))
    out.milestones = milestones;
  return out;
}
