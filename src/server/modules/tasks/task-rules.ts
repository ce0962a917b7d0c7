import { uuidv7 } from 'uuidv7';
import type { Executor } from '../../db/client';
import { AppError } from '../../errors';
import { activeUnitIds, insertMilestones, insertTargets, isLeader } from './tasks.repository';
import type { TMilestoneInput, TTargetInput } from './tasks.schemas';

interface Assignment {
  leadUnitId?: string | null | undefined;
  coUnitIds?: string[] | undefined;
  leadLeaderId?: string | null | undefined;
  startDate?: string | null | undefined;
  dueDate?: string | null | undefined;
}

/** Lead unit and co-units exist and are active, the lead leader is a district leader, dates are in order. */
export async function assertAssignment(tx: Executor, a: Assignment, pathPrefix = ''): Promise<void> {
  const fields: Array<{ path: string; message: string }> = [];
  const unitIds = [...(a.leadUnitId ? [a.leadUnitId] : []), ...(a.coUnitIds ?? [])];
  const active = await activeUnitIds(tx, unitIds);
  if (a.leadUnitId && !active.has(a.leadUnitId))
    fields.push({ path: `${pathPrefix}leadUnitId`, message: '牵头单位不存在或已停用' });
  (a.coUnitIds ?? []).forEach((id, i) => {
    if (!active.has(id))
      fields.push({ path: `${pathPrefix}coUnitIds.${i}`, message: '配合单位不存在或已停用' });
    else if (id === a.leadUnitId)
      fields.push({ path: `${pathPrefix}coUnitIds.${i}`, message: '配合单位不能与牵头单位相同' });
  });
  if (a.leadLeaderId && !(await isLeader(tx, a.leadLeaderId)))
    fields.push({ path: `${pathPrefix}leadLeaderId`, message: '牵头区领导须是区领导账号' });
  if (a.startDate && a.dueDate && a.dueDate < a.startDate)
    fields.push({ path: `${pathPrefix}dueDate`, message: '完成时限不能早于开始时间' });
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { details: { fields } });
}

export async function writeTargets(
  tx: Executor,
  tenantId: string,
  taskId: string,
  targets: TTargetInput[],
): Promise<void> {
  await insertTargets(
    tx,
    targets.map((t, position) => ({
      id: uuidv7(),
      tenantId,
      taskId,
      position,
      indicator: t.indicator,
      unit: t.unit,
      comparator: t.comparator ?? (t.targetValueMax != null ? 'range' : '>='),
      targetValue: t.targetValue,
      targetValueMax: t.targetValueMax ?? null,
      placeholder: t.placeholder ?? t.targetValue === null,
      baseline: t.baseline ?? null,
      deadline: t.deadline ?? null,
    })),
  );
}

export async function writeMilestones(
  tx: Executor,
  tenantId: string,
  taskId: string,
  milestones: TMilestoneInput[],
): Promise<void> {
  await insertMilestones(
    tx,
    milestones.map((m, position) => ({
      id: uuidv7(),
      tenantId,
      taskId,
      position,
      title: m.title,
      dueDate: m.dueDate,
      weight: m.weight ?? null,
    })),
  );
}

/**
 * What the office's edit makes of an extracted draft's provenance: a due date it set is no longer the
 * extractor's (no source), and a section path it set is no longer a guess.
 */
export function provenanceAfterEdit(
  before: { dueDate: string | null },
  changes: { dueDate?: string | null | undefined; sectionPath?: string[] | undefined },
): { dueDateSource?: null; headingUncertain?: false } {
  return {
    ...(changes.dueDate !== undefined && changes.dueDate !== before.dueDate ? { dueDateSource: null } : {}),
    ...(changes.sectionPath !== undefined ? { headingUncertain: false as const } : {}),
  };
}
