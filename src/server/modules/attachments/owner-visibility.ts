import type { AttachmentOwnerKind } from '../../../domain/vocabulary';
import type { Actor } from '../../context';
import type { Executor } from '../../db/client';
import { canSeeTask } from '../tasks/tasks.policy';
import { findTask } from '../tasks/tasks.repository';
import { taskIdOfReport, taskIdOfRequest } from './attachments.repository';
import { shareVisible } from '../shares/share-visibility';

/**
 * Whether the actor sees the object an attachment is evidence for: a task, a report or a completion request (验收)
 * by its task's rule; a share by the lead unit and its own unit. Rectifications and case answers are seen, for
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
  let taskId: string | null = null;
  if (ownerKind === 'task') taskId = ownerId;
  if (ownerKind === 'report') taskId = await taskIdOfReport(tx, ownerId);
  if (ownerKind === 'completion') taskId = await taskIdOfRequest(tx, ownerId);
  if (taskId === null) return false;
  const task = await findTask(tx, taskId);
  return task !== undefined && canSeeTask(actor, task);
}
