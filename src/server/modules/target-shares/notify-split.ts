import type { AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { notifyUsers, supervisorIds, unitUserIds } from '../../notify/notify.repository';
import type { TaskRow } from '../tasks/tasks.repository';
import type { TargetRow, TargetShareRow } from './target-shares.repository';

/** Tells each unit holding an approved share its figure (a street learns it owes 1200 of the 3000). */
export async function notifyShareUnits(
  tx: Executor,
  ctx: AuthedContext,
  task: TaskRow,
  target: TargetRow,
  shares: TargetShareRow[],
  version: number,
): Promise<void> {
  for (const s of shares.filter((x) => x.status === 'approved'))
    await notifyUsers(tx, await unitUserIds(tx, s.unitId), {
      tenantId: ctx.actor.tenantId,
      kind: 'target_share_assigned',
      title: `指标分解：${task.code ?? ''} ${task.title}`.trim(),
      body: `${target.indicator}分解到本单位 ${s.targetValue}${target.unit}，请抓好落实并按时填报完成值。`,
      entityType: 'task',
      entityId: task.id,
      dedupeKey: `target-share:${s.id}:${version}`,
      at: ctx.clock.now(),
    });
}

/** Tells the office that the lead unit proposed a split to approve. */
export async function notifyOfficeOfProposal(
  tx: Executor,
  ctx: AuthedContext,
  task: TaskRow,
  target: TargetRow,
  version: number,
): Promise<void> {
  await notifyUsers(tx, await supervisorIds(tx), {
    tenantId: ctx.actor.tenantId,
    kind: 'target_split_proposed',
    title: `指标分解待审定：${task.code ?? ''} ${task.title}`.trim(),
    body: `${ctx.actor.displayName} 提出了“${target.indicator}”分解到单位的方案，请审定。`,
    entityType: 'task',
    entityId: task.id,
    dedupeKey: `target-split-proposed:${target.id}:${version}`,
    at: ctx.clock.now(),
  });
}
