import { acceptanceProblems, mayDecideAcceptance, requestDecisionOf } from '../../../domain/acceptance';
import { tenantTx, type AuthedContext } from '../../context';
import { lockRow } from '../../db/row-lock';
import { taskRequests } from '../../db/schema';
import { AppError, notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { applyRequestDecision } from '../requests/decide-request';
import { findRequest, requestsOfTask } from '../requests/requests.repository';
import { loadSettings } from '../settings/settings.repository';
import { canReadTasks, canSeeTask } from '../tasks/tasks.policy';
import { findTask } from '../tasks/tasks.repository';
import { acceptanceSettingsOf } from './acceptance-settings';
import type { TAcceptance, TAcceptanceDecisionBody } from './acceptance.schemas';
import { loadAcceptance } from './get-acceptance';

/**
 * 验收: the office — or the task's lead leader where the district allows it — accepts the pending completion
 * request (销号), accepts it with remarks, or returns it with what is missing (422 `remarks` without them). The
 * decision goes through the request machine, so the task, the requester's inbox and the audit follow as for any
 * decided request; 409 when the request is no longer pending or its version moved.
 */
export async function decideAcceptance(
  ctx: AuthedContext,
  taskId: string,
  input: TAcceptanceDecisionBody,
): Promise<TAcceptance> {
  assertCan(canReadTasks(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const task = await findTask(tx, taskId);
    if (!task || task.status === 'draft' || !canSeeTask(ctx.actor, task)) throw notFound();
    const settings = acceptanceSettingsOf(await loadSettings(tx, ctx.actor.tenantId));
    if (!mayDecideAcceptance(ctx.actor, task, settings)) throw new AppError('FORBIDDEN');
    const problems = acceptanceProblems(input.outcome, input.remarks);
    if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { details: { fields: problems } });
    const pending = (await requestsOfTask(tx, taskId)).find(
      (r) => r.kind === 'completion' && r.status === 'pending',
    );
    if (!pending) throw new AppError('INVALID_TRANSITION', { message: '没有待验收的办结申请' });
    await lockRow(tx, taskRequests, pending.id);
    // Read again under the lock: a decision made meanwhile moved the version (and the status).
    const locked = await findRequest(tx, pending.id);
    if (!locked || locked.version !== input.version) throw new AppError('VERSION_CONFLICT');
    await applyRequestDecision(tx, ctx, locked, task, {
      decision: requestDecisionOf(input.outcome),
      comment: input.remarks || null,
      acceptance: input.outcome,
    });
    return loadAcceptance(tx, ctx, taskId);
  });
}
