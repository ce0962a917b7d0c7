import type { AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { AppError, notFound } from '../../errors';
import type { SurveySubjectKind } from '../../../domain/vocabulary';
import { presentSurvey } from './present-survey';
import { findSurvey, subjectLabels, surveyCounts, tenantSlug, type SurveyRow } from './surveys.repository';
import type { TSurvey } from './surveys.schemas';

/** The survey of this district, or 404. */
export async function loadSurvey(tx: Executor, id: string): Promise<SurveyRow> {
  const row = await findSurvey(tx, id);
  if (!row) throw notFound();
  return row;
}

/** The labels of the chosen subjects; 422 on `subjectIds` when one is not of this district. */
export async function checkedSubjectLabels(
  tx: Executor,
  kind: SurveySubjectKind,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const labels = await subjectLabels(tx, kind, ids);
  if (ids.some((id) => !labels.has(id)))
    throw new AppError('VALIDATION_FAILED', {
      details: { fields: [{ path: 'subjectIds', message: '测评对象不存在' }] },
    });
  return labels;
}

/** A survey row presented with its labels and counts, in the caller's transaction. */
export async function presentSurveyIn(tx: Executor, ctx: AuthedContext, row: SurveyRow): Promise<TSurvey> {
  const counts = await surveyCounts(tx, [row.id]);
  return presentSurvey(ctx.actor, row, {
    slug: await tenantSlug(tx, ctx.actor.tenantId),
    labels: await subjectLabels(tx, row.subjectKind, row.subjectIds),
    codeCount: counts.codes.get(row.id) ?? 0,
    answerCount: counts.answers.get(row.id) ?? 0,
  });
}
