import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { canReadAssessment } from '../assessment/assessment.policy';
import type { TPublication } from './appeals.schemas';
import { presentPublication } from './present-publication';

/** Whether and how a year's finalized results are published (公示), with its window and what the caller may do. */
export async function getPublication(ctx: AuthedContext, year: number): Promise<TPublication> {
  assertCan(canReadAssessment(ctx.actor));
  return tenantTx(ctx, (tx) => presentPublication(tx, ctx, year));
}
