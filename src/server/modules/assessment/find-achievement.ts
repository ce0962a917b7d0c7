import type { Actor } from '../../context';
import type { Executor } from '../../db/client';
import { AppError, notFound } from '../../errors';
import { canSeeTask } from '../tasks/tasks.policy';
import { findTasks } from '../tasks/tasks.repository';
import { canSeeAchievement } from './achievements.policy';
import { findAchievement } from './assessment.repository';
import type { Row } from './present-achievements';

/** Linked tasks must exist and be visible to the declarer; otherwise 422 naming the ids. */
export async function assertTasksVisible(tx: Executor, actor: Actor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = new Map((await findTasks(tx, [...ids])).map((t) => [t.id, t]));
  const bad = ids.filter((id) => {
    const t = found.get(id);
    return !t || !canSeeTask(actor, t);
  });
  if (bad.length > 0) {
    throw new AppError('VALIDATION_FAILED', {
      details: {
        fields: [{ path: 'taskIds', message: `关联的任务不存在或不可见：${bad.join('、')}` }],
        taskIds: bad,
      },
    });
  }
}

export async function findVisible(tx: Executor, actor: Actor, id: string): Promise<Row> {
  const row = await findAchievement(tx, id);
  if (!row || !canSeeAchievement(actor, row)) throw notFound();
  return row;
}
