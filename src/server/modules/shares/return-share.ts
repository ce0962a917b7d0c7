import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { notifyUsers, unitUserIds } from '../../notify/notify.repository';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { versionConflict } from '../../versioning';
import { presentShares } from './present-share';
import { canWriteShares, canSeeShare, taskShareVerdicts } from './shares.policy';
import { findShare, updateShareVersioned } from './shares.repository';
import type { TReturnShareBody, TTaskShare } from './shares.schemas';
import { taskForShares } from './task-for-shares';

const isUuid = (id: string) => z.uuid().safeParse(id).success;

/** The lead unit asks a co-unit to redo a submitted share, with the reason; the co-unit's people are told. */
export async function returnShare(
  ctx: AuthedContext,
  taskId: string,
  shareId: string,
  body: TReturnShareBody,
): Promise<TTaskShare> {
  assertCan(canWriteShares(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const { task } = await taskForShares(tx, ctx, taskId);
    const share = isUuid(shareId) ? await findShare(tx, shareId) : undefined;
    if (!share || share.taskId !== taskId || !canSeeShare(ctx.actor, task, share)) throw notFound();
    assertAbility(taskShareVerdicts(ctx.actor, task, share), 'return', {
      role: '只有牵头单位可以退回分报',
      state: '只能退回已报送、未汇总的分报',
      details: { status: share.status },
    });
    if (body.version !== share.version) throw await versionConflict(tx, share);
    const row = await updateShareVersioned(tx, share.id, share.version, {
      status: 'returned',
      returnReason: body.reason,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!row) throw await versionConflict(tx, share);
    await notifyUsers(tx, await unitUserIds(tx, share.unitId), {
      tenantId: ctx.actor.tenantId,
      kind: 'share_returned',
      title: `配合分报被退回：${task.code ?? ''} ${task.title}`.trim(),
      body: `${share.period} 的分报被牵头单位退回：${body.reason}`,
      entityType: 'task',
      entityId: taskId,
      dedupeKey: `share-returned:${row.id}:${row.version}`,
      at: now,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'task_share.returned',
      entityType: 'task_share',
      entityId: row.id,
      before: { status: share.status, version: share.version },
      after: { status: row.status, reason: body.reason },
    });
    return (await presentShares(tx, ctx.actor, task, [row]))[0] as TTaskShare;
  });
}
