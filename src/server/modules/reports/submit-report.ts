import { assertCan } from '../../policy/assert';
import { uuidv7 } from 'uuidv7';
import { periodKindOf, reportPeriodProblem } from '../../../domain/schedule';
import { shanghaiDate } from '../../clock';
import { assertTransition } from '../../../domain/workflow';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { assertAbility } from '../../policy/abilities';
import { attachAttachments } from '../attachments/attach-attachments';
import { listAttachmentsOf } from '../attachments/attachments.repository';
import { canReadTasks, canSeeTask, taskVerdicts } from '../tasks/tasks.policy';
import { reportAbilities } from './reports.policy';
import { findTask, targetIdsOfTask } from '../tasks/tasks.repository';
import { loadSettings } from '../settings/settings.repository';
import { presentReport } from './present-report';
import { consolidateShares } from '../shares/consolidate-shares';
import {
  findReport,
  findReportForPeriod,
  insertReport,
  insertReportEvent,
  replaceIndicatorValues,
  reportExtras,
  setReportFields,
} from './reports.repository';
import type { TReport, TSubmitReportBody } from './reports.schemas';

/**
 * 进展填报: the lead unit reports a period's progress. A cooperating unit may read the task but not report
 * (403); one who cannot see the task gets 404. A returned report is corrected and submitted again in place.
 */
export async function submitReport(
  ctx: AuthedContext,
  taskId: string,
  input: TSubmitReportBody,
): Promise<TReport> {
  assertCan(canReadTasks(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const task = await findTask(tx, taskId);
    if (!task || !canSeeTask(ctx.actor, task)) throw notFound();
    assertAbility(taskVerdicts(ctx.actor, task), 'report', {
      role: '只有牵头单位可以填报进展',
      state: '任务签收后、办结前才能填报进展',
      details: { status: task.status },
    });
    // The report is the reporting unit's; the ability holds only for a unit user, so this never refuses.
    const unitId = ctx.actor.unitId;
    if (unitId === null) throw new AppError('FORBIDDEN');
    // Reports follow the district's period (month or quarter): a report of the other kind would never be
    // read by the lights, the reminders or the bulletin, so the unit would believe it had reported.
    const periodKind = (await loadSettings(tx, ctx.actor.tenantId))['reports.period'];
    if (periodKindOf(input.period) !== periodKind) {
      const message =
        periodKind === 'quarter'
          ? '本区按季度报送进展，期间应为 2024-Q1 格式'
          : '本区按月报送进展，期间应为 2024-03 格式';
      throw new AppError('VALIDATION_FAILED', { details: { fields: [{ path: 'period', message }] } });
    }
    const problem = reportPeriodProblem(input.period, {
      startDate: task.startDate,
      today: shanghaiDate(now),
    });
    if (problem) {
      const message = problem === 'future' ? '不能填报尚未开始的期间' : '该期间早于任务开始时间';
      throw new AppError('VALIDATION_FAILED', { details: { fields: [{ path: 'period', message }] } });
    }
    const targetIds = new Set(await targetIdsOfTask(tx, taskId));
    const badTargets = (input.indicatorValues ?? [])
      .map((v, i) => ({ v, i }))
      .filter(({ v }) => !targetIds.has(v.targetId));
    if (badTargets.length > 0) {
      throw new AppError('VALIDATION_FAILED', {
        details: {
          fields: badTargets.map(({ i }) => ({
            path: `indicatorValues.${i}.targetId`,
            message: '不是本任务的指标',
          })),
        },
      });
    }
    const fields = {
      progress: input.progress,
      narrative: input.narrative,
      problems: input.problems ?? null,
      nextSteps: input.nextSteps ?? null,
      publicSummary: input.publicSummary || null,
      submittedBy: ctx.actor.userId,
      submittedAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    };
    const existing = await findReportForPeriod(tx, taskId, input.period);
    // A client that lost the connection retries with the same payload: if that submission already landed
    // (still awaiting sign-off/review, same author, same content), answer with it instead of a 409 and
    // change nothing. Task+period is unique, so a retry can never create a second report.
    if (existing && existing.status === 'submitted' && existing.submittedBy === ctx.actor.userId) {
      const extras = await reportExtras(tx, [existing]);
      const replay = presentReport(existing, extras, reportAbilities(ctx.actor, existing, task));
      // The retry's evidence was attached by the first attempt; evidence not yet cited makes it a new submission.
      const cited = new Set((await listAttachmentsOf(tx, 'report', existing.id)).map((a) => a.id));
      const sameEvidence = (input.attachmentIds ?? []).every((id) => cited.has(id));
      if (sameEvidence && isSameSubmission(replay, input)) {
        await consolidateShares(tx, ctx, existing, input.shareIds ?? []);
        return replay;
      }
    }
    let reportId: string;
    if (existing) {
      assertTransition('report', existing.status, 'resubmit');
      await setReportFields(tx, existing.id, {
        ...fields,
        status: 'submitted',
        signedBy: null,
        signedAt: null,
        version: existing.version + 1,
      });
      reportId = existing.id;
    } else {
      reportId = uuidv7();
      await insertReport(tx, {
        id: reportId,
        tenantId: ctx.actor.tenantId,
        taskId,
        unitId,
        period: input.period,
        status: 'submitted',
        ...fields,
        createdAt: now,
      });
    }
    await replaceIndicatorValues(tx, ctx.actor.tenantId, reportId, input.indicatorValues ?? []);
    await attachAttachments(tx, ctx, input.attachmentIds ?? [], { kind: 'report', id: reportId });
    await insertReportEvent(tx, {
      id: uuidv7(),
      tenantId: ctx.actor.tenantId,
      reportId,
      action: existing ? 'resubmit' : 'submit',
      progress: input.progress,
      actorId: ctx.actor.userId,
      at: now,
    });
    const row = await findReport(tx, reportId);
    if (!row) throw new AppError('INTERNAL');
    const answer = presentReport(row, await reportExtras(tx, [row]), reportAbilities(ctx.actor, row, task));
    await consolidateShares(tx, ctx, row, input.shareIds ?? []);
    // The audit event last: its chain lock serialises the district's submissions until commit, so nothing
    // else should run while it is held (bench/reports.bench.ts).
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'report.submitted',
      entityType: 'report',
      entityId: reportId,
      after: { taskId, period: input.period, progress: input.progress, resubmitted: Boolean(existing) },
    });
    return answer;
  });
}

/** The stored report says what this submission says (the replay of a retried request). */
function isSameSubmission(stored: TReport, input: TSubmitReportBody): boolean {
  const values = (v: Array<{ targetId: string; value: number }>) =>
    JSON.stringify(
      [...v].sort((a, b) => a.targetId.localeCompare(b.targetId)).map((x) => [x.targetId, x.value]),
    );
  return (
    stored.progress === input.progress &&
    stored.narrative === input.narrative &&
    stored.problems === (input.problems ?? null) &&
    stored.nextSteps === (input.nextSteps ?? null) &&
    stored.publicSummary === (input.publicSummary || null) &&
    values(stored.indicatorValues) === values(input.indicatorValues ?? [])
  );
}
