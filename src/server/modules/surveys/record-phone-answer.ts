import { surveyVerdicts } from '../../../domain/abilities';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, fieldError } from '../../errors';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { presentAnswers } from './list-survey-answers';
import { loadSurvey } from './load-survey';
import { oncePerCode, storeAnswer } from './store-answer';
import { canManageSurveys } from './surveys.policy';
import { findCode, isCodeUsed } from './surveys.repository';
import type { TPhoneAnswerBody, TSurveyAnswer } from './surveys.schemas';

/**
 * 电话回访: the office records the answers a person gave on the phone against one of the survey's unused codes
 * (channel phone, who recorded it). The same one-answer-per-code rule as online: 409 SURVEY_CODE_USED.
 */
export async function recordPhoneAnswer(
  ctx: AuthedContext,
  surveyId: string,
  body: TPhoneAnswerBody,
): Promise<TSurveyAnswer> {
  assertCan(canManageSurveys(ctx.actor));
  return oncePerCode(() =>
    tenantTx(ctx, async (tx) => {
      const survey = await loadSurvey(tx, surveyId);
      assertAbility(surveyVerdicts(ctx.actor, survey), 'recordPhone', { state: '测评不在进行中' });
      const code = await findCode(tx, body.codeId);
      if (!code || code.surveyId !== surveyId)
        throw fieldError('VALIDATION_FAILED', 'codeId', '测评码不属于该测评');
      if (await isCodeUsed(tx, code.id)) throw new AppError('SURVEY_CODE_USED');
      const answer = await storeAnswer(tx, {
        tenantId: ctx.actor.tenantId,
        surveyId,
        questions: survey.questions,
        codeId: code.id,
        subjectId: code.subjectId,
        channel: 'phone',
        audience: code.audience,
        values: body.values,
        comment: body.comment,
        sourceHash: null,
        recordedBy: ctx.actor.userId,
        at: ctx.clock.now(),
      });
      await recordAudit(tx, {
        ...auditBase(ctx),
        action: 'survey.phone_answer_recorded',
        entityType: 'survey_answer',
        entityId: answer.id,
        after: { surveyId, serial: code.serial, values: answer.values, comment: answer.comment },
      });
      const [shown] = (await presentAnswers(tx, survey)).filter((a) => a.id === answer.id);
      return shown as TSurveyAnswer;
    }),
  );
}
