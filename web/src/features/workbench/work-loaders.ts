import { instructionsApi, reportsApi, requestsApi, tasksApi } from '../../api/endpoints';
import type { Instruction, Me, Report, Task, TaskRequest } from '../../api/types';

/** What a unit's workbench cards list: the unit's lead tasks with their reports and requests. */
export interface UnitWork {
  leadTasks: Task[];
  reportsByTask: Map<string, Report[]>;
  requestsByTask: Map<string, TaskRequest[]>;
}

// Several cards read the same data; one load serves them all for a few seconds.
const REUSE_MS = 5_000;
const cache = new Map<string, { at: number; promise: Promise<unknown> }>();

function shared<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < REUSE_MS) return hit.promise as Promise<T>;
  const promise = load();
  cache.set(key, { at: Date.now(), promise });
  promise.catch(() => cache.delete(key));
  return promise;
}

/** Forgets loaded work, so cards show what an action just changed. */
export function forgetWork(): void {
  cache.clear();
}

const ACTIVE = new Set(['published', 'in_progress', 'completion_requested', 'suspended']);

/**
 * The unit's lead tasks that are under way, with each task's reports and requests. The API has no
 * unit-wide report or request list yet, so this asks per task (a unit leads tens of tasks, not thousands).
 */
export function loadUnitWork(me: Me): Promise<UnitWork> {
  return shared(`unit:${me.id}`, async () => {
    if (!me.unitId) return { leadTasks: [], reportsByTask: new Map(), requestsByTask: new Map() };
    const all = await tasksApi.listAll({ unitId: me.unitId });
    const leadTasks = all.filter((t) => t.leadUnitId === me.unitId && ACTIVE.has(t.status));
    const withHistory = leadTasks.filter((t) => t.status !== 'published');
    const [reports, requests] = await Promise.all([
      Promise.all(withHistory.map((t) => reportsApi.listOfTask(t.id).then((r) => [t.id, r.items] as const))),
      Promise.all(leadTasks.map((t) => requestsApi.listOfTask(t.id).then((r) => [t.id, r.items] as const))),
    ]);
    return { leadTasks, reportsByTask: new Map(reports), requestsByTask: new Map(requests) };
  });
}

/** A leader's portfolio (牵头区领导 = me) and the instructions written on it. */
export function loadLeaderWork(
  me: Me,
): Promise<{ tasks: Task[]; instructions: { task: Task; instruction: Instruction }[] }> {
  return shared(`leader:${me.id}`, async () => {
    const tasks = (await tasksApi.listAll({ leaderId: me.id })).filter((t) => t.status !== 'draft');
    const lists = await Promise.all(
      tasks.map((task) =>
        instructionsApi
          .listOfTask(task.id)
          .then((r) => r.items.map((instruction) => ({ task, instruction }))),
      ),
    );
    return { tasks, instructions: lists.flat() };
  });
}

/** Pending requests with their tasks (the request list names only the task id). */
export function loadPendingRequests(): Promise<{ request: TaskRequest; task: Task | null }[]> {
  return shared('pending-requests', async () => {
    const { items } = await requestsApi.pending();
    const ids = [...new Set(items.map((r) => r.taskId))];
    const tasks = await Promise.all(ids.map((id) => tasksApi.get(id).catch(() => null)));
    const byId = new Map(tasks.filter((t): t is Task => t !== null).map((t) => [t.id, t]));
    return items.map((request) => ({ request, task: byId.get(request.taskId) ?? null }));
  });
}
