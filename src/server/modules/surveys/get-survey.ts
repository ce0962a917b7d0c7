import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { loadSurvey, presentSurveyIn } from './load-survey';
import { canReadSurveys } from './surveys.policy';
import type { TSurvey } from './surveys.schemas';

/** One survey. */
export async function getSurvey(ctx: AuthedContext, id: string): Promise<TSurvey> {
  assertCan(canReadSurveys(ctx.actor));
  return tenantTx(ctx, async (tx) => presentSurveyIn(tx, ctx, await loadSurvey(tx, id)));
}
