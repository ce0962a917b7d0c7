import { assertCan } from '../../policy/assert';
import { uuidv7 } from 'uuidv7';
import { assertTransition } from '../../../domain/workflow';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { iso } from '../../http';
import { requestAbilities, type AbilityActor } from '../../../domain/abilities';
import { assertAbility } from '../../policy/abilities';
import { canReadTasks, canSeeTask, taskVerdicts } from '../tasks/tasks.policy';
import { findTask, setTaskFields } from '../tasks/tasks.repository';
import { evidenceProblems } from '../../../domain/acceptance';
import { attachAttachments } from '../attachments/attach-attachments';
import { acceptanceSettingsOf } from '../acceptance/acceptance-settings';
import { loadSettings } from '../settings/settings.repository';
import { insertRequest, requestKindsOfTask, type TaskRequestRow } from './requests.repository';
import type { TTaskRequest } from './requests.schemas';

type Input =
  | { kind: 'extension'; newDueDate: string; reason: string }
  | { kind: 'completion'; summary: string; attachmentIds: string[] };

export function presentRequest(row: TaskRequestRow, actor: AbilityActor): TTaskRequest {
  return {
    abilities: requestAbilities(actor, row),
    id: row.id,
    taskId: row.taskId,
    kind: row.kind,
    status: row.status,
    reason: row.reason,
    newDueDate: row.newDueDate,
    oldDueDate: row.oldDueDate,
    requestedBy: row.requestedBy,
    requestedAt: iso(row.requestedAt),
    decidedAt: iso(row.decidedAt),
    decisionComment: row.decisionComment,
    acceptance: row.acceptance,
    version: row.version,
  };
}

/**
 * 延期申请 / 办结申请: the lead unit asks; the request waits for the supervision office. A completion request
 * moves the task to completion_requested; one pending request of each kind at a time.
 */
export async function createRequest(ctx: AuthedContext, taskId: string, input: Input): Promise<TTaskRequest> {
  assertCan(canReadTasks(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const task = await findTask(tx, taskId);
    if (!task || !canSeeTask(ctx.actor, task)) throw notFound();
    assertAbility(
      taskVerdicts(ctx.actor, task),
      input.kind === 'extension' ? 'requestExtension' : 'requestCompletion',
      {
        role: '只有牵头单位可以提出申请',
        ...(input.kind === 'completion'
          ? { transition: { machine: 'task' as const, from: task.status, action: 'request_completion' } }
          : {}),
      },
    );
    if (input.kind === 'extension') {
      if (task.dueDate && input.newDueDate <= task.dueDate) {
        throw new AppError('VALIDATION_FAILED', {
          details: { fields: [{ path: 'newDueDate', message: '延期后的时限应晚于现在的完成时限' }] },
        });
      }
    } else {
      const status = assertTransition('task', task.status, 'request_completion');
      await setTaskFields(tx, taskId, {
        status,
        version: task.version + 1,
        updatedAt: now,
        updatedBy: ctx.actor.userId,
      });
    }
    const pending = await requestKindsOfTask(tx, taskId);
    if (pending.some((p) => p.kind === input.kind && p.status === 'pending'))
      throw new AppError('INVALID_TRANSITION', { message: '已有一项同类申请在等待审批' });
    const row = await insertRequest(tx, {
      id: uuidv7(),
      tenantId: ctx.actor.tenantId,
      taskId,
      kind: input.kind,
      status: 'pending',
      reason: input.kind === 'extension' ? input.reason : input.summary,
      newDueDate: input.kind === 'extension' ? input.newDueDate : null,
      oldDueDate: task.dueDate,
      requestedBy: ctx.actor.userId,
      requestedAt: now,
    });
    if (!row) throw new AppError('INTERNAL');
    if (input.kind === 'completion') {
      const settings = acceptanceSettingsOf(await loadSettings(tx, ctx.actor.tenantId));
      const problems = evidenceProblems(input.attachmentIds.length, settings);
      if (problems.length > 0) throw new AppError('EVIDENCE_REQUIRED', { details: { fields: problems } });
      await attachAttachments(tx, ctx, input.attachmentIds, { kind: 'completion', id: row.id });
    }
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'request.created',
      entityType: 'request',
      entityId: row.id,
      after: { taskId, kind: input.kind, newDueDate: row.newDueDate },
    });
    return presentRequest(row, ctx.actor);
  });
}
