import { uuidv7 } from 'uuidv7';
import { isFigureAllowed } from '../../../domain/indicator-values';
import { sharePeriodProblem } from '../../../domain/shares';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, fieldError } from '../../errors';
import { notifyUsers, unitUserIds } from '../../notify/notify.repository';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { versionConflict } from '../../versioning';
import { attachAttachments } from '../attachments/attach-attachments';
import { presentShares } from './present-share';
import { canWriteShares, taskShareVerdicts, taskSharesVerdicts } from './shares.policy';
import {
  findUnitShare,
  insertShare,
  replaceShareValues,
  targetsOfTaskFacts,
  updateShareVersioned,
} from './shares.repository';
import type { TSubmitShareBody, TTaskShare } from './shares.schemas';
import { taskForShares } from './task-for-shares';

const periodMessages = {
  kind: '期间应与本区进展报送周期一致（月度如 2024-03，季度如 2024-Q1）',
  future: '不能报送尚未开始的期间',
  before_start: '该期间早于任务开始时间',
} as const;

/**
 * A co-unit reports (or redoes, with `version`) its share of a task for a period: what it did, its figures for
 * the task's targets, its evidence. A unit that is not a co-unit gets 403; the lead unit's people are told.
 */
export async function submitShare(
  ctx: AuthedContext,
  taskId: string,
  body: TSubmitShareBody,
): Promise<TTaskShare> {
  assertCan(canWriteShares(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const { task, periodKind, today } = await taskForShares(tx, ctx, taskId);
    assertAbility(taskSharesVerdicts(ctx.actor, task), 'submit', {
      role: '只有配合单位可以报送分报',
      state: '任务签收后、办结前才能报送分报',
      details: { status: task.status },
    });
    const unitId = ctx.actor.unitId as string; // the ability holds only for a unit's people
    const problem = sharePeriodProblem(body.period, periodKind, { startDate: task.startDate, today });
    if (problem) throw fieldError('VALIDATION_FAILED', 'period', periodMessages[problem]);
    const targets = new Map((await targetsOfTaskFacts(tx, taskId)).map((t) => [t.id, t]));
    const badTargets = body.values.flatMap((v, i) => {
      const target = targets.get(v.targetId);
      if (!target) return [{ path: `values.${i}.targetId`, message: '不是本任务的指标' }];
      return isFigureAllowed(target, v.value)
        ? []
        : [{ path: `values.${i}.value`, message: '该指标的数值不能为负数' }];
    });
    if (badTargets.length > 0) throw new AppError('VALIDATION_FAILED', { details: { fields: badTargets } });
    const seen = new Set<string>();
    body.values.forEach((v, i) => {
      if (seen.has(v.targetId))
        throw fieldError('VALIDATION_FAILED', `values.${i}.targetId`, '同一指标只能填一次');
      seen.add(v.targetId);
    });

    const fields = {
      narrative: body.narrative,
      problems: body.problems ?? null,
      status: 'submitted' as const,
      returnReason: null,
      submittedBy: ctx.actor.userId,
      submittedAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    };
    const existing = await findUnitShare(tx, taskId, unitId, body.period);
    let row;
    if (existing) {
      assertAbility(taskShareVerdicts(ctx.actor, task, existing), 'resubmit', {
        state: '该期分报已由牵头单位汇总，不能再修改',
      });
      if (body.version !== existing.version) throw await versionConflict(tx, existing);
      row = await updateShareVersioned(tx, existing.id, existing.version, fields);
      if (!row) throw await versionConflict(tx, existing);
    } else {
      row = await insertShare(tx, {
        id: uuidv7(),
        tenantId: ctx.actor.tenantId,
        taskId,
        unitId,
        period: body.period,
        createdAt: now,
        ...fields,
      });
    }
    await replaceShareValues(tx, ctx.actor.tenantId, row.id, body.values);
    await attachAttachments(tx, ctx, body.attachmentIds, { kind: 'share', id: row.id });
    if (task.leadUnitId) {
      await notifyUsers(tx, await unitUserIds(tx, task.leadUnitId), {
        tenantId: ctx.actor.tenantId,
        kind: 'share_submitted',
        title: `配合单位分报：${task.code ?? ''} ${task.title}`.trim(),
        body: `${ctx.actor.displayName} 报送了 ${body.period} 的配合分报。`,
        entityType: 'task',
        entityId: taskId,
        dedupeKey: `share-submitted:${row.id}:${row.version}`,
        at: now,
      });
    }
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'task_share.submitted',
      entityType: 'task_share',
      entityId: row.id,
      before: existing ? { status: existing.status, version: existing.version } : null,
      after: { taskId, period: body.period, values: body.values, attachmentIds: body.attachmentIds },
    });
    return (await presentShares(tx, ctx.actor, task, [row]))[0] as TTaskShare;
  });
}
