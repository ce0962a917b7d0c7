import { surveyVerdicts } from '../../../domain/abilities';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { lockRow } from '../../db/row-lock';
import { surveys } from '../../db/schema';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { versionConflict } from '../../versioning';
import { surveyColumns } from './create-survey';
import { checkedSubjectLabels, loadSurvey, presentSurveyIn } from './load-survey';
import { canManageSurveys } from './surveys.policy';
import { updateSurveyVersioned, type SurveyRow } from './surveys.repository';
import type { TSurvey, TUpdateSurveyBody } from './surveys.schemas';

const shown = (r: SurveyRow) => ({
  title: r.title,
  intro: r.intro,
  subjectKind: r.subjectKind,
  subjectIds: r.subjectIds,
  audiences: r.audiences,
  questions: r.questions,
  opensOn: r.opensOn,
  closesOn: r.closesOn,
  openLink: r.linkToken !== null,
  linkMaxAnswers: r.linkMaxAnswers,
});

/** Changes a draft survey (409 once it is open: people answer the questions as they were). */
export async function updateSurvey(
  ctx: AuthedContext,
  id: string,
  body: TUpdateSurveyBody,
): Promise<TSurvey> {
  assertCan(canManageSurveys(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    await lockRow(tx, surveys, id);
    const row = await loadSurvey(tx, id);
    assertAbility(surveyVerdicts(ctx.actor, row), 'edit', { state: '测评已开始，不能再修改问卷' });
    if (body.version !== row.version) throw await versionConflict(tx, row);
    await checkedSubjectLabels(tx, body.survey.subjectKind, body.survey.subjectIds);
    const updated = await updateSurveyVersioned(tx, id, row.version, {
      ...surveyColumns(body.survey, row.linkToken),
      updatedAt: ctx.clock.now(),
      updatedBy: ctx.actor.userId,
    });
    if (!updated) throw await versionConflict(tx, row);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'survey.updated',
      entityType: 'survey',
      entityId: id,
      before: shown(row),
      after: shown(updated),
    });
    return presentSurveyIn(tx, ctx, updated);
  });
}
