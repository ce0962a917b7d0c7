import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../audit/record-audit';
import { shanghaiDate } from '../../clock';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, fieldError, notFound } from '../../errors';
import { notifyUsers, supervisorIds, unitUserIds } from '../../notify/notify.repository';
import { assertCan } from '../../policy/assert';
import { loadSettings } from '../settings/settings.repository';
import { blockerDetail } from './blocker-detail';
import { canRaiseBlockers } from './blockers.policy';
import { existingUnitIds, insertBlocker, insertEvent, subjectsOf } from './blockers.repository';
import type { TBlockerDetail, TCreateBlockerBody } from './blockers.schemas';

/**
 * 提出堵点: a unit raises a blocker on a project or task it holds a role in (404 otherwise). A due date in the
 * past, a kind not among the tenant's, or an unknown unit is 422 naming the field. It starts at level `unit`
 * with the owner unit (the raising unit unless another is named); the owner and the office are told.
 */
export async function createBlocker(ctx: AuthedContext, body: TCreateBlockerBody): Promise<TBlockerDetail> {
  assertCan(canRaiseBlockers(ctx.actor));
  const unitId = ctx.actor.unitId;
  if (!unitId) throw new AppError('FORBIDDEN');
  const now = ctx.clock.now();
  if (body.dueDate < shanghaiDate(now))
    throw fieldError('VALIDATION_FAILED', 'dueDate', '解决时限不能早于今天');
  return tenantTx(ctx, async (tx) => {
    const settings = await loadSettings(tx, ctx.actor.tenantId);
    if (!settings['blockers.kinds'].includes(body.kind))
      throw fieldError('VALIDATION_FAILED', 'kind', '堵点类别不在本辖区的类别中');
    const ownerUnitId = body.ownerUnitId ?? unitId;
    const known = await existingUnitIds(tx, [ownerUnitId, ...body.askedUnitIds]);
    if (!known.has(ownerUnitId)) throw fieldError('VALIDATION_FAILED', 'ownerUnitId', '单位不存在');
    const unknown = body.askedUnitIds.findIndex((id) => !known.has(id));
    if (unknown >= 0) throw fieldError('VALIDATION_FAILED', `askedUnitIds.${unknown}`, '单位不存在');
    const s = await subjectsOf(tx, body.projectId ? [body.projectId] : [], body.taskId ? [body.taskId] : []);
    const subject = body.projectId ? s.projects.get(body.projectId) : s.tasks.get(body.taskId ?? '');
    if (!subject || subject.draft || !subject.holderUnitIds.includes(unitId)) throw notFound();
    const id = uuidv7();
    await insertBlocker(tx, {
      id,
      tenantId: ctx.actor.tenantId,
      projectId: body.projectId ?? null,
      taskId: body.taskId ?? null,
      raisedByUnitId: unitId,
      ownerUnitId,
      kind: body.kind,
      title: body.title,
      description: body.description,
      ask: body.ask,
      askedUnitIds: [...new Set(body.askedUnitIds)],
      dueDate: body.dueDate,
      level: 'unit',
      levelSince: now,
      status: 'open',
      raisedAt: now,
      raisedBy: ctx.actor.userId,
      createdAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    await insertEvent(tx, {
      id: uuidv7(),
      tenantId: ctx.actor.tenantId,
      blockerId: id,
      kind: 'raised',
      toLevel: 'unit',
      actorId: ctx.actor.userId,
      at: now,
    });
    const recipients = [...(await supervisorIds(tx)), ...(await unitUserIds(tx, ownerUnitId))];
    await notifyUsers(
      tx,
      recipients.filter((u) => u !== ctx.actor.userId),
      {
        tenantId: ctx.actor.tenantId,
        kind: 'blocker_raised',
        title: `新堵点：${body.title}（${subject.name}）`,
        body: `${ctx.actor.displayName} 提出堵点，类别：${body.kind}，要求 ${body.dueDate} 前解决。`,
        entityType: 'blocker',
        entityId: id,
        dedupeKey: `blocker:${id}:1`,
        at: now,
      },
    );
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'blocker.raised',
      entityType: 'blocker',
      entityId: id,
      after: {
        projectId: body.projectId ?? null,
        taskId: body.taskId ?? null,
        kind: body.kind,
        title: body.title,
        ownerUnitId,
        dueDate: body.dueDate,
      },
    });
    return blockerDetail(tx, ctx, id);
  });
}
