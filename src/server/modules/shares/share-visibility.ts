import type { Actor } from '../../context';
import type { Executor } from '../../db/client';
import { canSeeTask } from '../tasks/tasks.policy';
import { findTask } from '../tasks/tasks.repository';
import { canSeeShare } from './shares.policy';
import { findShare } from './shares.repository';

/** Whether the actor sees a share (so its evidence): the task's rule, then the lead unit or the share's own unit. */
export async function shareVisible(tx: Executor, actor: Actor, shareId: string): Promise<boolean> {
  const share = await findShare(tx, shareId);
  if (!share) return false;
  const task = await findTask(tx, share.taskId);
  return task !== undefined && canSeeTask(actor, task) && canSeeShare(actor, task, share);
}
