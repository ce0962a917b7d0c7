import { reviewFlags } from '../../../domain/surveys';
import { tenantTx, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { iso } from '../../http';
import { assertCan } from '../../policy/assert';
import { loadSurvey } from './load-survey';
import { canReadSurveys } from './surveys.policy';
import { listAnswerRows, subjectLabels, type SurveyRow } from './surveys.repository';
import type { TSurveyAnswer } from './surveys.schemas';

/** More open-link answers than this within the window below are a burst the office should look at. */
export const burstCount = 20;
export const burstMinutes = 10;

/** A survey's answers with the review flags of open-link answers (duplicate source, burst). */
export async function presentAnswers(tx: Executor, survey: SurveyRow): Promise<TSurveyAnswer[]> {
  const rows = await listAnswerRows(tx, survey.id);
  const labels = await subjectLabels(tx, survey.subjectKind, survey.subjectIds);
  const flags = reviewFlags(
    rows.map((r) => ({
      id: r.answer.id,
      channel: r.answer.channel,
      sourceHash: r.answer.sourceHash,
      at: r.answer.answeredAt.getTime(),
    })),
    burstCount,
    burstMinutes,
  );
  return rows.map(({ answer: a, serial, recordedByName, voidedByName }) => ({
    id: a.id,
    serial,
    subjectLabel: labels.get(a.subjectId) ?? '',
    channel: a.channel,
    audience: a.audience,
    values: a.values,
    comment: a.comment,
    recordedByName,
    answeredAt: iso(a.answeredAt),
    voided: a.voidedAt !== null,
    voidReason: a.voidReason,
    voidedByName,
    flags: flags.get(a.id) ?? [],
    version: a.version,
  }));
}

/** The answers of a survey, oldest first, for the office's review (voided ones stay, marked). */
export async function listSurveyAnswers(ctx: AuthedContext, surveyId: string): Promise<TSurveyAnswer[]> {
  assertCan(canReadSurveys(ctx.actor));
  return tenantTx(ctx, async (tx) => presentAnswers(tx, await loadSurvey(tx, surveyId)));
}
