import { surveyVerdicts } from '../../../domain/abilities';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { lockRow } from '../../db/row-lock';
import { surveys } from '../../db/schema';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { versionConflict } from '../../versioning';
import { loadSurvey, presentSurveyIn } from './load-survey';
import { canManageSurveys } from './surveys.policy';
import { updateSurveyVersioned } from './surveys.repository';
import type { TMoveSurveyBody, TSurvey } from './surveys.schemas';

/** Opens a draft survey for answers, or closes an open one (its results then feed the assessment). */
export async function moveSurvey(ctx: AuthedContext, id: string, body: TMoveSurveyBody): Promise<TSurvey> {
  assertCan(canManageSurveys(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    await lockRow(tx, surveys, id);
    const row = await loadSurvey(tx, id);
    const ability = body.to === 'open' ? 'open' : 'close';
    assertAbility(surveyVerdicts(ctx.actor, row), ability, {
      state: body.to === 'open' ? '只有草稿可以开始测评' : '只有进行中的测评可以结束',
    });
    if (body.version !== row.version) throw await versionConflict(tx, row);
    const updated = await updateSurveyVersioned(tx, id, row.version, {
      status: body.to,
      updatedAt: ctx.clock.now(),
      updatedBy: ctx.actor.userId,
    });
    if (!updated) throw await versionConflict(tx, row);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: body.to === 'open' ? 'survey.opened' : 'survey.closed',
      entityType: 'survey',
      entityId: id,
      before: { status: row.status },
      after: { status: updated.status },
    });
    return presentSurveyIn(tx, ctx, updated);
  });
}
