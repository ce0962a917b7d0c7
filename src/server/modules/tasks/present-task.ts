import type { LightResult } from '../../../domain/schedule';
import { iso } from '../../http';
import type { TaskDetails, TaskRow } from './tasks.repository';
import type { TTask } from './tasks.schemas';

export function presentTask(
  row: TaskRow,
  details: TaskDetails,
  light: LightResult | undefined,
  abilities: TTask['abilities'],
): TTask {
  return {
    id: row.id,
    code: row.code,
    decisionId: row.decisionId,
    parentId: row.parentId,
    title: row.title,
    content: row.content,
    category: row.category,
    source: row.source,
    sectionPath: row.sectionPath,
    status: row.status,
    leadUnitId: row.leadUnitId,
    leadUnitName: row.leadUnitId ? (details.unitNames.get(row.leadUnitId) ?? null) : null,
    coUnitIds: row.coUnitIds,
    leadLeaderId: row.leadLeaderId,
    leadLeaderName: row.leadLeaderId ? (details.leaderNames.get(row.leadLeaderId) ?? null) : null,
    responsiblePerson: row.responsiblePerson,
    responsibleUserId: row.responsibleUserId,
    responsibleUserName: row.responsibleUserId
      ? (details.leaderNames.get(row.responsibleUserId) ?? null)
      : null,
    startDate: row.startDate,
    dueDate: row.dueDate,
    originalDueDate: row.originalDueDate,
    progress: row.progress,
    isKey: row.isKey,
    edited: row.edited,
    sourceOffset: row.sourceOffset,
    sourceLength: row.sourceLength,
    dueDateSource: row.dueDateSource,
    headingUncertain: row.headingUncertain,
    targets: (details.targets.get(row.id) ?? []).map((t) => ({
      id: t.id,
      indicator: t.indicator,
      unit: t.unit,
      comparator: t.comparator,
      targetValue: t.targetValue,
      targetValueMax: t.targetValueMax,
      placeholder: t.placeholder,
      baseline: t.baseline,
      currentValue: t.currentValue,
      deadline: t.deadline,
      deadlineText: t.deadlineText,
      raw: t.raw,
    })),
    milestones: (details.milestones.get(row.id) ?? []).map((m) => ({
      id: m.id,
      title: m.title,
      dueDate: m.dueDate,
      weight: m.weight,
      completedAt: iso(m.completedAt),
    })),
    publishedAt: iso(row.publishedAt),
    acceptedAt: iso(row.acceptedAt),
    completedAt: iso(row.completedAt),
    statusReason: row.statusReason,
    light: row.status === 'draft' || !light ? null : light.light,
    lightReasons: row.status === 'draft' || !light ? [] : light.reasons,
    abilities,
    version: row.version,
    updatedAt: iso(row.updatedAt),
  };
}

/** The fields of a task written to the audit log. */
export function taskAuditFields(row: TaskRow): Record<string, unknown> {
  return {
    code: row.code,
    title: row.title,
    status: row.status,
    leadUnitId: row.leadUnitId,
    coUnitIds: row.coUnitIds,
    leadLeaderId: row.leadLeaderId,
    responsiblePerson: row.responsiblePerson,
    startDate: row.startDate,
    dueDate: row.dueDate,
    category: row.category,
    source: row.source,
    isKey: row.isKey,
  };
}
