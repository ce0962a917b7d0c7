import type { CompletionRequestFacts } from '../../../domain/acceptance-figures';
import { shanghaiDate } from '../../clock';
import type { Executor } from '../../db/client';
import { allCompletionRequests } from './acceptance.repository';

export type CompletionRequestWithTask = CompletionRequestFacts & {
  taskCode: string | null;
  taskTitle: string;
};

/** The district's completion requests as acceptance figures read them: Shanghai days, the task's lead unit. */
export async function loadCompletionRequestFacts(tx: Executor): Promise<CompletionRequestWithTask[]> {
  return (await allCompletionRequests(tx)).map((r) => ({
    taskId: r.taskId,
    unitId: r.unitId,
    status: r.status,
    acceptance: r.acceptance,
    requestedOn: shanghaiDate(r.requestedAt),
    decidedOn: r.decidedAt ? shanghaiDate(r.decidedAt) : null,
    taskCode: r.taskCode,
    taskTitle: r.taskTitle,
  }));
}
