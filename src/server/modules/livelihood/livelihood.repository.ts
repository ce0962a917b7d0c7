import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { tasks, units } from '../../db/schema';

export async function findTaskMark(tx: Executor, taskId: string) {
  const [row] = await tx
    .select({ id: tasks.id, isLivelihood: tasks.isLivelihood })
    .from(tasks)
    .where(eq(tasks.id, taskId));
  return row;
}

/** Sets the mark; the task's own updated time stays (its content did not change). */
export async function setTaskMark(tx: Executor, taskId: string, isLivelihood: boolean): Promise<void> {
  await tx.update(tasks).set({ isLivelihood }).where(eq(tasks.id, taskId));
}

/** The district's tasks marked 民生实事, with their lead units' names, in the ledger's order. */
export async function markedTasks(tx: Executor) {
  return tx
    .select({
      id: tasks.id,
      code: tasks.code,
      title: tasks.title,
      status: tasks.status,
      dueDate: tasks.dueDate,
      progress: tasks.progress,
      updatedAt: tasks.updatedAt,
      leadUnit: units.name,
    })
    .from(tasks)
    .leftJoin(units, eq(units.id, tasks.leadUnitId))
    .where(eq(tasks.isLivelihood, true))
    .orderBy(tasks.dueDate, tasks.code);
}
