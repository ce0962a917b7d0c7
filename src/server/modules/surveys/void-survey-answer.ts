import { surveyVerdicts } from '../../../domain/abilities';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { lockRow } from '../../db/row-lock';
import { surveyAnswers } from '../../db/schema';
import { AppError, notFound } from '../../errors';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { presentAnswers } from './list-survey-answers';
import { loadSurvey } from './load-survey';
import { canManageSurveys } from './surveys.policy';
import { findAnswer, updateAnswerVersioned } from './surveys.repository';
import type { TSurveyAnswer, TVoidAnswerBody } from './surveys.schemas';

/**
 * Voids an answer with a reason (作废): it stays in the list, marked, and leaves the results. Answers are never
 * edited; a void is not undone. Audited with the reason.
 */
export async function voidSurveyAnswer(
  ctx: AuthedContext,
  answerId: string,
  body: TVoidAnswerBody,
): Promise<TSurveyAnswer> {
  assertCan(canManageSurveys(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    await lockRow(tx, surveyAnswers, answerId);
    const answer = await findAnswer(tx, answerId);
    if (!answer) throw notFound();
    const survey = await loadSurvey(tx, answer.surveyId);
    assertAbility(surveyVerdicts(ctx.actor, survey), 'voidAnswer');
    if (answer.voidedAt) throw new AppError('INVALID_TRANSITION', { message: '该答卷已作废' });
    if (body.version !== answer.version)
      throw new AppError('VERSION_CONFLICT', { details: { currentVersion: answer.version } });
    const now = ctx.clock.now();
    const updated = await updateAnswerVersioned(tx, answerId, answer.version, {
      voidedAt: now,
      voidedBy: ctx.actor.userId,
      voidReason: body.reason,
    });
    if (!updated) throw new AppError('VERSION_CONFLICT', { details: { currentVersion: answer.version } });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'survey.answer_voided',
      entityType: 'survey_answer',
      entityId: answerId,
      before: { voided: false },
      after: { voided: true, reason: body.reason },
    });
    const [shown] = (await presentAnswers(tx, survey)).filter((a) => a.id === answerId);
    return shown as TSurveyAnswer;
  });
}
