import { outcomeOfDecision } from '../../../domain/acceptance';
import { lockRow } from '../../db/row-lock';
import { assertTransition } from '../../../domain/workflow';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { taskRequests } from '../../db/schema';
import { AppError, notFound } from '../../errors';
import { notifyUsers } from '../../notify/notify.repository';
import { assertCan } from '../../policy/assert';
import { canReviewReports } from '../reports/reports.policy';
import { findTask, setTaskFields, type TaskRow } from '../tasks/tasks.repository';
import type { Executor } from '../../db/client';
import type { AcceptanceOutcome } from '../../../domain/vocabulary';
import { findRequest, updateRequestVersioned, type TaskRequestRow } from './requests.repository';
import { presentRequest } from './create-request';
import type { TDecideRequestBody, TTaskRequest } from './requests.schemas';
import { assertSubtasksInsideDates } from '../subtasks/check-parent-dates';

/**
 * The supervision office decides a request. An approved extension changes the due date (the original stays
 * in original_due_date for the record); an approved completion completes the task, a rejected one returns
 * it to in progress. The requester is told either way.
 */
export async function decideRequest(
  ctx: AuthedContext,
  requestId: string,
  input: TDecideRequestBody,
): Promise<TTaskRequest> {
  assertCan(canReviewReports(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    await lockRow(tx, taskRequests, requestId);
    const request = await findRequest(tx, requestId);
    const task = request ? await findTask(tx, request.taskId) : undefined;
    if (!request || !task) throw notFound();
    const acceptance =
      request.kind === 'completion' ? outcomeOfDecision(input.decision, input.comment) : null;
    return applyRequestDecision(tx, ctx, request, task, { ...input, acceptance });
  });
}

/**
 * Records a decision the caller was found entitled to (the office's queue, or acceptance — which may let the
 * lead leader decide) on a locked request; the task follows.
 */
export async function applyRequestDecision(
  tx: Executor,
  ctx: AuthedContext,
  request: TaskRequestRow,
  task: TaskRow,
  input: TDecideRequestBody & { acceptance: AcceptanceOutcome | null },
): Promise<TTaskRequest> {
  const now = ctx.clock.now();
  const requestId = request.id;
  const status = assertTransition('request', request.status, input.decision);
  const row = await updateRequestVersioned(tx, requestId, request.version, {
    status,
    decidedBy: ctx.actor.userId,
    decidedAt: now,
    decisionComment: input.comment ?? null,
    acceptance: input.acceptance,
    version: request.version + 1,
  });
  if (!row) throw new AppError('VERSION_CONFLICT');
  const base = { version: task.version + 1, updatedAt: now, updatedBy: ctx.actor.userId };
  if (request.kind === 'extension' && status === 'approved') {
    await assertSubtasksInsideDates(tx, task.id, task, {
      startDate: task.startDate,
      dueDate: request.newDueDate,
    });
    await setTaskFields(tx, task.id, {
      ...base,
      dueDate: request.newDueDate,
      originalDueDate: task.originalDueDate ?? task.dueDate,
    });
  }
  if (request.kind === 'completion') {
    const taskStatus = assertTransition(
      'task',
      task.status,
      status === 'approved' ? 'approve_completion' : 'reject_completion',
    );
    await setTaskFields(tx, task.id, {
      ...base,
      status: taskStatus,
      ...(taskStatus === 'completed' ? { completedAt: now, progress: 100 } : {}),
    });
  }
  const kindLabel = request.kind === 'extension' ? '延期申请' : '办结申请';
  await notifyUsers(tx, [request.requestedBy], {
    tenantId: ctx.actor.tenantId,
    kind: 'request_decided',
    title: `${kindLabel}${status === 'approved' ? '已批准' : '未批准'}：${task.code ?? ''} ${task.title}`,
    body: input.comment ?? '',
    entityType: 'task',
    entityId: task.id,
    dedupeKey: `request-decided:${requestId}`,
    at: now,
  });
  await recordAudit(tx, {
    ...auditBase(ctx),
    action: status === 'approved' ? 'request.approved' : 'request.rejected',
    entityType: 'request',
    entityId: requestId,
    before: { status: request.status, dueDate: task.dueDate, taskStatus: task.status },
    after: { status, comment: input.comment ?? null, acceptance: input.acceptance },
  });
  return presentRequest(row, ctx.actor);
}
