import { createHash, randomBytes } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import { surveyVerdicts } from '../../../domain/abilities';
import { codeFromBytes } from '../../../domain/surveys';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { lockRow } from '../../db/row-lock';
import { surveys } from '../../db/schema';
import { fieldError } from '../../errors';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { loadSurvey } from './load-survey';
import { presentCodes } from './list-survey-codes';
import { canManageSurveys } from './surveys.policy';
import { highestSerial, insertCodes } from './surveys.repository';
import type { TMakeCodesBody, TSurveyCode } from './surveys.schemas';

/** Only the SHA-256 of a code's canonical form is looked up; the code itself is sealed. */
export function codeHash(code: string): string {
  return createHash('sha256').update(`survey-code:${code}`).digest('hex');
}

/** A fresh code from the operating system's randomness (retried in the rare case of too many skipped bytes). */
export function newSurveyCode(): string {
  for (;;) {
    try {
      return codeFromBytes(randomBytes(16));
    } catch {
      // fewer than nine usable bytes among sixteen: draw again
    }
  }
}

/**
 * Makes `count` one-time codes for one audience and one subject (测评码), numbered after the survey's last
 * serial; the survey row is locked so two batches never share a serial. Answers the new codes.
 */
export async function makeSurveyCodes(
  ctx: AuthedContext,
  surveyId: string,
  body: TMakeCodesBody,
): Promise<TSurveyCode[]> {
  assertCan(canManageSurveys(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    await lockRow(tx, surveys, surveyId);
    const survey = await loadSurvey(tx, surveyId);
    assertAbility(surveyVerdicts(ctx.actor, survey), 'makeCodes', { state: '测评已结束，不能再生成测评码' });
    if (!survey.audiences.includes(body.audience))
      throw fieldError('VALIDATION_FAILED', 'audience', '该测评不面向这一群体');
    const subjectId = body.subjectId ?? (survey.subjectIds.length === 1 ? survey.subjectIds[0] : undefined);
    if (!subjectId || !survey.subjectIds.includes(subjectId))
      throw fieldError('VALIDATION_FAILED', 'subjectId', '请选择测评对象');
    const first = (await highestSerial(tx, surveyId)) + 1;
    const now = ctx.clock.now();
    const rows = Array.from({ length: body.count }, (_, i) => {
      const code = newSurveyCode();
      return {
        id: uuidv7(),
        tenantId: ctx.actor.tenantId,
        surveyId,
        serial: first + i,
        codeHash: codeHash(code),
        code,
        audience: body.audience,
        subjectId,
        createdAt: now,
        createdBy: ctx.actor.userId,
      };
    });
    await insertCodes(tx, rows);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'survey.codes_made',
      entityType: 'survey',
      entityId: surveyId,
      // The codes themselves stay out of the audit log: it is read by others than the office.
      after: {
        count: body.count,
        audience: body.audience,
        subjectId,
        serials: [first, first + body.count - 1],
      },
    });
    const made = new Set(rows.map((r) => r.id));
    return (await presentCodes(tx, ctx, survey)).filter((c) => made.has(c.id));
  });
}
