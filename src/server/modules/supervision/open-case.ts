import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { AppError } from '../../errors';
import { notifyUsers, unitUserIds } from '../../notify/notify.repository';
import { assertCan } from '../../policy/assert';
import { todaysDeadlineRule } from '../case-deadlines/load-deadline-rule';
import { activeUnitIds, findTasks } from '../tasks/tasks.repository';
import { canManageSupervision } from './supervision.policy';
import { findCase, insertCase, insertCaseEvent, presentCases } from './supervision.repository';
import type { TCase, TOpenCaseBody } from './supervision.schemas';

/**
 * 督办件: opened from a red or yellow task, a leader's instruction, an inspection or a complaint. The units
 * concerned are those named, plus the lead units of the tasks named; each is told.
 */
export async function openCase(ctx: AuthedContext, input: TOpenCaseBody): Promise<TCase> {
  assertCan(canManageSupervision(ctx.actor));
  return tenantTx(ctx, (tx) => openCaseIn(tx, ctx, input));
}

/**
 * Opens a case inside the caller's transaction (the caller has checked the policy): for a use case that
 * opens one as part of its own work, like a public message turned into a case, which the case names.
 */
export async function openCaseIn(
  tx: Executor,
  ctx: AuthedContext,
  input: TOpenCaseBody,
  links: { feedbackId?: string } = {},
): Promise<TCase> {
  const now = ctx.clock.now();
  const taskRows = await findTasks(tx, input.taskIds);
  if (taskRows.length !== new Set(input.taskIds).size)
    throw new AppError('VALIDATION_FAILED', {
      details: { fields: [{ path: 'taskIds', message: '任务不存在' }] },
    });
  const unitIds = [
    ...new Set([
      ...input.unitIds,
      ...taskRows.map((t) => t.leadUnitId).filter((u): u is string => u !== null),
    ]),
  ];
  const active = await activeUnitIds(tx, unitIds);
  if (unitIds.some((u) => !active.has(u)))
    throw new AppError('VALIDATION_FAILED', {
      details: { fields: [{ path: 'unitIds', message: '单位不存在或已停用' }] },
    });
  if (unitIds.length === 0)
    throw new AppError('VALIDATION_FAILED', {
      details: { fields: [{ path: 'unitIds', message: '请指定督办的任务或单位' }] },
    });
  const id = uuidv7();
  await insertCase(tx, {
    id,
    tenantId: ctx.actor.tenantId,
    title: input.title,
    origin: input.origin,
    level: input.level,
    requirements: input.requirements,
    deadline: input.deadline,
    taskIds: [...new Set(input.taskIds)],
    unitIds,
    feedbackId: links.feedbackId ?? null,
    createdBy: ctx.actor.userId,
    createdAt: now,
    updatedAt: now,
    updatedBy: ctx.actor.userId,
  });
  await insertCaseEvent(tx, {
    id: uuidv7(),
    tenantId: ctx.actor.tenantId,
    caseId: id,
    action: 'open',
    level: input.level,
    actorId: ctx.actor.userId,
    at: now,
  });
  for (const unitId of unitIds) {
    await notifyUsers(tx, await unitUserIds(tx, unitId), {
      tenantId: ctx.actor.tenantId,
      kind: 'case_issued',
      title: `督办件：${input.title}`,
      body: `${input.requirements}（办理时限：${input.deadline}）`,
      entityType: 'case',
      entityId: id,
      dedupeKey: `case-issued:${id}`,
      at: now,
    });
  }
  await recordAudit(tx, {
    ...auditBase(ctx),
    action: 'case.opened',
    entityType: 'case',
    entityId: id,
    after: {
      title: input.title,
      level: input.level,
      origin: input.origin,
      unitIds,
      taskIds: input.taskIds,
      deadline: input.deadline,
      ...(links.feedbackId ? { feedbackId: links.feedbackId } : {}),
    },
  });
  const row = await findCase(tx, id);
  if (!row) throw new AppError('INTERNAL');
  return (await presentCases(tx, [row], ctx.actor, await todaysDeadlineRule(tx, ctx)))[0] as TCase;
}
