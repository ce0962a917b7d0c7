import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { presentSurvey } from './present-survey';
import { canReadSurveys } from './surveys.policy';
import { listSurveyRows, subjectLabels, surveyCounts, tenantSlug } from './surveys.repository';
import type { TSurvey } from './surveys.schemas';

/** The district's surveys, newest first, each with its counts and the caller's abilities. */
export async function listSurveys(ctx: AuthedContext): Promise<TSurvey[]> {
  assertCan(canReadSurveys(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const rows = await listSurveyRows(tx);
    const counts = await surveyCounts(
      tx,
      rows.map((r) => r.id),
    );
    const slug = await tenantSlug(tx, ctx.actor.tenantId);
    const out: TSurvey[] = [];
    for (const row of rows)
      out.push(
        presentSurvey(ctx.actor, row, {
          slug,
          labels: await subjectLabels(tx, row.subjectKind, row.subjectIds),
          codeCount: counts.codes.get(row.id) ?? 0,
          answerCount: counts.answers.get(row.id) ?? 0,
        }),
      );
    return out;
  });
}
