import { tenantTx, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { assertCan } from '../../policy/assert';
import { loadSurvey } from './load-survey';
import { surveyPath } from './present-survey';
import { canManageSurveys } from './surveys.policy';
import { listCodeRows, subjectLabels, tenantSlug, type SurveyRow } from './surveys.repository';
import type { TSurveyCode } from './surveys.schemas';

/** A survey's codes as the office sees them (the codes opened from their seal), by serial. */
export async function presentCodes(
  tx: Executor,
  ctx: AuthedContext,
  survey: SurveyRow,
): Promise<TSurveyCode[]> {
  const slug = await tenantSlug(tx, ctx.actor.tenantId);
  const labels = await subjectLabels(tx, survey.subjectKind, survey.subjectIds);
  return (await listCodeRows(tx, survey.id)).map(({ code, channel }) => ({
    id: code.id,
    serial: code.serial,
    code: code.code,
    audience: code.audience,
    subjectId: code.subjectId,
    subjectLabel: labels.get(code.subjectId) ?? '',
    path: surveyPath(slug, code.code),
    used: channel !== null,
    channel,
  }));
}

/**
 * The codes of a survey, for the printable QR cards and the telephone follow-up list (电话回访); only the
 * office sees them (a code is a ballot).
 */
export async function listSurveyCodes(
  ctx: AuthedContext,
  surveyId: string,
  onlyUnused: boolean,
): Promise<TSurveyCode[]> {
  assertCan(canManageSurveys(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const codes = await presentCodes(tx, ctx, await loadSurvey(tx, surveyId));
    return onlyUnused ? codes.filter((c) => !c.used) : codes;
  });
}
