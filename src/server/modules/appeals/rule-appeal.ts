import { appealVerdicts } from '../../../domain/abilities';
import { rulingProblem } from '../../../domain/assessment/appeals';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { fieldError, notFound } from '../../errors';
import { notifyUsers, unitUserIds } from '../../notify/notify.repository';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { versionConflict } from '../../versioning';
import { latestResult } from '../assessment/assessment.repository';
import { freezeResults } from '../assessment/finalize-results';
import { findAppealRow, updateAppealVersioned } from './appeals.repository';
import { canManageAppeals } from './appeals.policy';
import type { TAppeal, TAppealRulingBody } from './appeals.schemas';
import { presentAppeal } from './present-appeal';

const words = { upheld: '予以支持', partly_upheld: '部分支持', rejected: '驳回' } as const;

/**
 * 复核: the office rules on a pending appeal with reasons. An upheld or partly upheld ruling is a recorded
 * fact the assessment applies (a component's raw score, a deduction waived in whole or by points, a veto set
 * aside), and the year is finalized again as a new version — as of the same date as the latest — citing the
 * ruling; earlier versions stay as they were. The unit is told.
 */
export async function ruleAppeal(ctx: AuthedContext, id: string, body: TAppealRulingBody): Promise<TAppeal> {
  assertCan(canManageAppeals(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const found = await findAppealRow(tx, id);
    if (!found) throw notFound();
    const appeal = found.appeal;
    assertAbility(appealVerdicts(ctx.actor, appeal), 'rule', { state: '该申诉已复核' });
    if (body.version !== appeal.version) throw await versionConflict(tx, appeal);
    const problem = rulingProblem(appeal, body);
    if (problem) throw fieldError('VALIDATION_FAILED', problem.path, problem.message);
    const changes = body.decision !== 'rejected';
    const row = await updateAppealVersioned(tx, id, appeal.version, {
      status: body.decision,
      rulingReasons: body.reasons,
      ruledRaw: changes && appeal.targetKind === 'component' ? (body.raw ?? null) : null,
      ruledPoints:
        body.decision === 'partly_upheld' && appeal.targetKind === 'deduction' ? (body.points ?? null) : null,
      ruledBy: ctx.actor.userId,
      ruledAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!row) throw await versionConflict(tx, appeal);
    let ruled = row;
    if (changes) {
      const latest = await latestResult(tx, appeal.year);
      if (!latest) throw notFound();
      const frozen = await freezeResults(
        tx,
        ctx,
        appeal.year,
        latest.asOf,
        `申诉复核（${found.unitName}：${appeal.targetLabel}）${words[body.decision]}。${body.reasons}`.slice(
          0,
          2000,
        ),
      );
      ruled =
        (await updateAppealVersioned(tx, id, row.version, { newResultVersion: frozen.finalized.version })) ??
        row;
    }
    await notifyUsers(tx, await unitUserIds(tx, appeal.unitId), {
      tenantId: ctx.actor.tenantId,
      kind: 'appeal_ruled',
      title: `考核申诉复核：${words[body.decision]}（${appeal.targetLabel}）`.slice(0, 200),
      body: body.reasons.slice(0, 500),
      entityType: 'appeal',
      entityId: id,
      dedupeKey: `appeal-ruled:${id}`,
      at: now,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'appeal.ruled',
      entityType: 'appeal',
      entityId: id,
      before: { status: appeal.status },
      after: {
        status: ruled.status,
        ruledRaw: ruled.ruledRaw,
        ruledPoints: ruled.ruledPoints,
        newResultVersion: ruled.newResultVersion,
        reasons: body.reasons,
      },
    });
    return presentAppeal(ctx.actor, { ...found, appeal: ruled });
  });
}
