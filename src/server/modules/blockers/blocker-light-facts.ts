import { shanghaiDate } from '../../clock';
import type { Executor } from '../../db/client';
import { activeBlockerDates } from './blockers.repository';

/** Project id → its open and coordinating blockers with the day each was raised (the project light's facts). */
export async function blockerLightFactsOfProjects(
  tx: Executor,
  projectIds: string[],
): Promise<Map<string, Array<{ status: 'open' | 'coordinating'; raisedOn: string }>>> {
  const byProject = new Map<string, Array<{ status: 'open' | 'coordinating'; raisedOn: string }>>();
  for (const b of await activeBlockerDates(tx, projectIds)) {
    if (!b.projectId || (b.status !== 'open' && b.status !== 'coordinating')) continue;
    const list = byProject.get(b.projectId) ?? [];
    list.push({ status: b.status, raisedOn: shanghaiDate(b.raisedAt) });
    byProject.set(b.projectId, list);
  }
  return byProject;
}
