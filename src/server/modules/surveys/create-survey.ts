import { randomBytes } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { checkedSubjectLabels, presentSurveyIn } from './load-survey';
import { canManageSurveys } from './surveys.policy';
import { insertSurvey } from './surveys.repository';
import type { TSurvey, TSurveyBody } from './surveys.schemas';

/** The open link's token: 96 random bits in hex, never shaped like a code (codes are capitals with a dash). */
export function newLinkToken(): string {
  return randomBytes(12).toString('hex');
}

/** The columns a survey body sets (its open link token kept when it already has one). */
export function surveyColumns(body: TSurveyBody, currentToken: string | null) {
  return {
    title: body.title,
    intro: body.intro,
    subjectKind: body.subjectKind,
    subjectIds: [...new Set(body.subjectIds)],
    audiences: [...new Set(body.audiences)],
    questions: body.questions,
    opensOn: body.opensOn,
    closesOn: body.closesOn,
    linkToken: body.openLink ? (currentToken ?? newLinkToken()) : null,
    linkMaxAnswers: body.openLink ? body.linkMaxAnswers : null,
  };
}

/** 满意度测评: the office builds a survey as a draft (audited). */
export async function createSurvey(ctx: AuthedContext, body: TSurveyBody): Promise<TSurvey> {
  assertCan(canManageSurveys(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    await checkedSubjectLabels(tx, body.subjectKind, body.subjectIds);
    const now = ctx.clock.now();
    const row = await insertSurvey(tx, {
      id: uuidv7(),
      tenantId: ctx.actor.tenantId,
      ...surveyColumns(body, null),
      status: 'draft',
      createdBy: ctx.actor.userId,
      createdAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'survey.created',
      entityType: 'survey',
      entityId: row.id,
      after: {
        title: row.title,
        subjectKind: row.subjectKind,
        subjectIds: row.subjectIds,
        questions: row.questions,
      },
    });
    return presentSurveyIn(tx, ctx, row);
  });
}
