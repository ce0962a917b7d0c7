import { tenantTx, type AuthedContext } from '../../context';
import { openCaseIn } from '../supervision/open-case';
import type { TCase } from '../supervision/supervision.schemas';
import { decideFeedback } from './decide-feedback';
import type { TFeedback, TFeedbackCaseBody } from './feedback.schemas';

/**
 * Turns a message into a supervision case (督办, origin complaint): the case names the message and the
 * message its case, in one transaction. A message about a task puts the task on the case, so its lead unit
 * is among the units concerned.
 */
export async function openFeedbackCase(
  ctx: AuthedContext,
  id: string,
  body: TFeedbackCaseBody,
): Promise<{ feedback: TFeedback; case: TCase }> {
  return tenantTx(ctx, async (tx) => {
    let opened: TCase | undefined;
    const feedback = await decideFeedback(
      tx,
      ctx,
      { id, version: body.version, decision: 'case' },
      async (row) => {
        opened = await openCaseIn(
          tx,
          ctx,
          {
            title: body.title,
            origin: 'complaint',
            level: body.level,
            requirements: body.requirements,
            deadline: body.deadline,
            taskIds: row.taskId ? [row.taskId] : [],
            unitIds: body.unitIds,
          },
          { feedbackId: row.id },
        );
        return { status: 'case', caseId: opened.id };
      },
    );
    return { feedback, case: opened as TCase };
  });
}
