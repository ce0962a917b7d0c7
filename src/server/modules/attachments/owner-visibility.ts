import type { AttachmentOwnerKind } from '../../../domain/vocabulary';
import type { Actor } from '../../context';
import type { Executor } from '../../db/client';
import { canSeeTask } from '../tasks/tasks.policy';
import { findTask } from '../tasks/tasks.repository';
import { taskIdOfReport, taskIdOfRequest } from './attachments.repository';
import { shareVisible } from '../shares/share-visibility';
import { canSeeToleranceRequest } from '../tolerance-requests/tolerance-requests.policy';
import { findRequestRow } from '../tolerance-requests/tolerance-requests.repository';
import { canSeeAppeal } from '../appeals/appeals.policy';
import { findAppealRow } from '../appeals/appeals.repository';

/**
 * Whether the actor sees the object an attachment is evidence for: a task, a report or a completion request (验收)
 * by its task's rule; a share by the lead unit and its own unit; a tolerance request's or an appeal's files by whoever
 * sees it (the office, leaders, its unit). Rectifications and case answers are seen, for
 * now, by the office and the unit that uploaded them (canSeeAttachment covers both), so they answer false here.
 */
export async function ownerVisible(
  tx: Executor,
  actor: Actor,
  ownerKind: AttachmentOwnerKind | null,
  ownerId: string | null,
): Promise<boolean> {
  if (ownerKind === null || ownerId === null) return false;
  if (ownerKind === 'share') return shareVisible(tx, actor, ownerId);
  if (ownerKind === 'tolerance') {
    const row = await findRequestRow(tx, ownerId);
    return row !== undefined && canSeeToleranceRequest(actor, row.request);
  }
  if (ownerKind === 'appeal') {
    const row = await findAppealRow(tx, ownerId);
    return row !== undefined && canSeeAppeal(actor, row.appeal);
  }
  let taskId: string | null = null;
  if (ownerKind === 'task') taskId = ownerId;
  if (ownerKind === 'report') taskId = await taskIdOfReport(tx, ownerId);
  if (ownerKind === 'completion') taskId = await taskIdOfRequest(tx, ownerId);
  if (taskId === null) return false;
  const task = await findTask(tx, taskId);
  return task !== undefined && canSeeTask(actor, task);
}
