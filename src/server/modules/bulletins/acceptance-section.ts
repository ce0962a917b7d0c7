import { acceptanceFigures } from '../../../domain/acceptance-figures';
import type { Executor } from '../../db/client';
import type { BulletinAcceptance } from '../../documents/bulletin-acceptance-docx';
import { loadCompletionRequestFacts } from '../acceptance/completion-request-facts';

/**
 * 验收情况 of a bulletin: completion requests made in the month [from, asOf], the outcomes decided in it, and the
 * requests still waiting at its end, oldest first, named with their task and lead unit.
 */
export async function computeBulletinAcceptance(
  tx: Executor,
  from: string,
  asOf: string,
  unitName: ReadonlyMap<string, string>,
): Promise<BulletinAcceptance> {
  const requests = await loadCompletionRequestFacts(tx);
  const figures = acceptanceFigures(requests, from, asOf);
  const task = new Map(requests.map((r) => [r.taskId, r]));
  return {
    asOf,
    requested: figures.requested,
    accepted: figures.accepted,
    acceptedWithRemarks: figures.acceptedWithRemarks,
    returned: figures.returned,
    averageDaysToAccept: figures.averageDaysToAccept,
    waiting: figures.waiting.map((w) => ({
      code: task.get(w.taskId)?.taskCode ?? '',
      title: task.get(w.taskId)?.taskTitle ?? '',
      unitName: w.unitId ? (unitName.get(w.unitId) ?? '') : '',
      requestedOn: w.requestedOn,
      daysWaited: w.daysWaited,
    })),
  };
}
