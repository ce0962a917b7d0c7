import { acceptanceState } from '../../../domain/acceptance';
import type { LedgerAcceptance } from '../../../domain/ledger-view';
import { shanghaiDate } from '../../clock';
import type { Executor } from '../../db/client';
import { completionRequestsOf } from './acceptance.repository';

/** Where each task's acceptance stands, for the ledger export and print view (tasks never asked are absent). */
export async function ledgerAcceptanceOf(
  tx: Executor,
  taskIds: readonly string[],
): Promise<Map<string, LedgerAcceptance>> {
  const byTask = new Map<string, Awaited<ReturnType<typeof completionRequestsOf>>>();
  for (const r of await completionRequestsOf(tx, taskIds)) {
    byTask.set(r.taskId, [...(byTask.get(r.taskId) ?? []), r]);
  }
  const out = new Map<string, LedgerAcceptance>();
  for (const [taskId, requests] of byTask) {
    const state = acceptanceState(requests);
    const last = requests.at(-1);
    if (state === 'none' || !last) continue;
    out.set(taskId, {
      state,
      decidedOn: last.decidedAt ? shanghaiDate(last.decidedAt) : null,
      decidedByName: last.decidedByName,
      remarks: last.decisionComment,
    });
  }
  return out;
}
