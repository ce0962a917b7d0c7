import { createHmac } from 'node:crypto';
import { shanghaiDate } from '../../clock';
import type { AppDeps } from '../../context';
import { currentKeyring } from '../../crypto/data-keys';
import { withTenantTx } from '../../db/tx';
import { AppError, fieldError } from '../../errors';
import { findPublicDistrict } from '../public-disclosure/find-public-district';
import { lookUpPublicSurvey, type PublicSurveyRefusal } from './find-public-survey';
import { oncePerCode, storeAnswer } from './store-answer';
import type { TPublicAnswerBody, TPublicAnswerResult } from './surveys.schemas';

/** A refusal as the API answers it: unknown and mistyped codes 404, used 409, outside the dates 409. */
export function refusalError(reason: PublicSurveyRefusal): AppError {
  if (reason === 'used') return new AppError('SURVEY_CODE_USED');
  if (reason === 'full') return new AppError('SURVEY_LINK_FULL');
  if (reason === 'not_yet' || reason === 'ended') return new AppError('SURVEY_NOT_OPEN');
  return new AppError('NOT_FOUND', { message: '测评码不存在，请核对后重新输入' });
}

/**
 * The open link's source as a keyed hash (HMAC with the data key's MAC key) of address and browser, per
 * survey: duplicates can be flagged without keeping anyone's address.
 */
export function sourceHash(surveyId: string, ip: string, userAgent: string | null): string {
  return createHmac('sha256', currentKeyring().current.macKey)
    .update(`survey-source\u0000${surveyId}\u0000${ip}\u0000${userAgent ?? ''}`)
    .digest('hex');
}

/**
 * A respondent's answer, no login: by a one-time code (once; a second answer is 409 SURVEY_CODE_USED, decided
 * by the unique index even when two arrive together) or by the open link (within its cap, source hashed for
 * the office's review). Null for an unknown district.
 */
export async function submitSurveyAnswer(
  deps: AppDeps,
  slug: string,
  raw: string,
  body: TPublicAnswerBody,
  source: { ip: string; userAgent: string | null },
): Promise<TPublicAnswerResult | null> {
  const district = await findPublicDistrict(deps, slug);
  if (!district) return null;
  const now = deps.clock.now();
  return oncePerCode(() =>
    withTenantTx(deps.db, { tenantId: district.id, userId: null }, async (tx) => {
      const found = await lookUpPublicSurvey(tx, district, raw.slice(0, 64), shanghaiDate(now));
      if (found.state === 'refused') throw refusalError(found.reason);
      const { survey, code } = found;
      const subject = code ? found.subjects[0] : found.subjects.find((s) => s.key === body.subject);
      if (!subject) throw fieldError('VALIDATION_FAILED', 'subject', '请选择测评对象');
      await storeAnswer(tx, {
        tenantId: district.id,
        surveyId: survey.id,
        questions: survey.questions,
        codeId: code?.id ?? null,
        subjectId: subject.id,
        channel: code ? 'code' : 'link',
        audience: code?.audience ?? survey.audiences[0] ?? 'other',
        values: body.values,
        comment: body.comment,
        sourceHash: code ? null : sourceHash(survey.id, source.ip, source.userAgent),
        recordedBy: null,
        at: now,
      });
      return { status: 'received' as const, answeredOn: shanghaiDate(now) };
    }),
  );
}
