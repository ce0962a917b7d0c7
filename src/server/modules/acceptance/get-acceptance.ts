import { acceptanceState, mayDecideAcceptance } from '../../../domain/acceptance';
import { tenantTx, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import { listAttachmentsOf } from '../attachments/attachments.repository';
import { canSeeAttachment } from '../attachments/attachments.policy';
import { presentAttachment } from '../attachments/present-attachment';
import { presentRequest } from '../requests/create-request';
import { requestsOfTask } from '../requests/requests.repository';
import { loadSettings } from '../settings/settings.repository';
import { canReadTasks, canSeeTask, taskVerdicts } from '../tasks/tasks.policy';
import { findTask } from '../tasks/tasks.repository';
import { acceptanceSettingsOf } from './acceptance-settings';
import { userNames } from './acceptance.repository';
import type { TAcceptance } from './acceptance.schemas';

/** The acceptance record as the task page and the ledger show it (404 for a task the caller does not see). */
export async function getAcceptance(ctx: AuthedContext, taskId: string): Promise<TAcceptance> {
  assertCan(canReadTasks(ctx.actor));
  return tenantTx(ctx, (tx) => loadAcceptance(tx, ctx, taskId));
}

export async function loadAcceptance(tx: Executor, ctx: AuthedContext, taskId: string): Promise<TAcceptance> {
  const task = await findTask(tx, taskId);
  if (!task || task.status === 'draft' || !canSeeTask(ctx.actor, task)) throw notFound();
  const settings = acceptanceSettingsOf(await loadSettings(tx, ctx.actor.tenantId));
  const completions = (await requestsOfTask(tx, taskId)).filter((r) => r.kind === 'completion');
  const names = await userNames(
    tx,
    completions.flatMap((r) => [r.requestedBy, r.decidedBy]),
  );
  const requests = [];
  for (const r of completions) {
    const evidence = (await listAttachmentsOf(tx, 'completion', r.id))
      .filter((a) => canSeeAttachment(ctx.actor, a, true))
      .map((a) => presentAttachment(ctx.actor, a));
    requests.push({
      ...presentRequest(r, ctx.actor),
      requestedByName: names.get(r.requestedBy) ?? null,
      decidedByName: r.decidedBy ? (names.get(r.decidedBy) ?? null) : null,
      evidence,
    });
  }
  const state = acceptanceState(completions);
  return {
    taskId,
    state,
    requests,
    abilities: {
      request: taskVerdicts(ctx.actor, task).requestCompletion === 'yes',
      decide: state === 'requested' && mayDecideAcceptance(ctx.actor, task, settings),
    },
  };
}
