import { lockRow } from '../../db/row-lock';
import { uuidv7 } from 'uuidv7';
import { assertTransition } from '../../../domain/workflow';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { notifyUsers, unitUserIds } from '../../notify/notify.repository';
import { loadSettings } from '../settings/settings.repository';
import { assertCan } from '../../policy/assert';
import { reports } from '../../db/schema';
import { findTask, setTargetValue, setTaskFields } from '../tasks/tasks.repository';
import { presentReport } from './present-report';
import { restoreSplitSums } from '../target-shares/split-sums';
import { reportAbilities } from './reports.policy';
import { canReviewReports } from './reports.policy';
import {
  findReport,
  indicatorValuesOf,
  insertReportEvent,
  reportExtras,
  updateReportVersioned,
} from './reports.repository';
import type { TReport, TReviewReportBody } from './reports.schemas';

/**
 * 审核: the supervision office approves a report — the task's progress and indicator values become the
 * report's — or returns it with a comment, and the unit is told.
 */
export async function reviewReport(
  ctx: AuthedContext,
  reportId: string,
  input: TReviewReportBody,
): Promise<TReport> {
  assertCan(canReviewReports(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    await lockRow(tx, reports, reportId);
    const report = await findReport(tx, reportId);
    const task = report ? await findTask(tx, report.taskId) : undefined;
    if (!report || !task) throw notFound();
    const settings = await loadSettings(tx, ctx.actor.tenantId);
    if (input.decision === 'return' && !input.comment) {
      throw new AppError('VALIDATION_FAILED', {
        details: { fields: [{ path: 'comment', message: '退回时请写明原因' }] },
      });
    }
    const status = assertTransition('report', report.status, input.decision, {
      requireSignOff: settings['reports.requireUnitHeadSignOff'],
    });
    const row = await updateReportVersioned(tx, reportId, report.version, {
      status,
      reviewedBy: ctx.actor.userId,
      reviewedAt: now,
      reviewComment: input.comment ?? null,
      version: report.version + 1,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!row) throw new AppError('VERSION_CONFLICT');
    if (status === 'approved') {
      await setTaskFields(tx, task.id, { progress: report.progress, updatedAt: now });
      const values = await indicatorValuesOf(tx, [reportId]);
      for (const v of values) await setTargetValue(tx, v.targetId, v.value);
      await restoreSplitSums(
        tx,
        values.map((v) => v.targetId),
      );
    } else {
      await notifyUsers(tx, await unitUserIds(tx, report.unitId), {
        tenantId: ctx.actor.tenantId,
        kind: 'report_returned',
        title: `进展报告被退回：${task.code ?? ''} ${task.title}`,
        body: `${report.period} 的进展报告被督查室退回：${input.comment ?? ''}`,
        entityType: 'task',
        entityId: task.id,
        dedupeKey: `report-returned:${reportId}:${row.version}`,
        at: now,
      });
    }
    await insertReportEvent(tx, {
      id: uuidv7(),
      tenantId: ctx.actor.tenantId,
      reportId,
      action: input.decision,
      comment: input.comment ?? null,
      actorId: ctx.actor.userId,
      at: now,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: status === 'approved' ? 'report.approved' : 'report.returned',
      entityType: 'report',
      entityId: reportId,
      before: { status: report.status },
      after: {
        status,
        comment: input.comment ?? null,
        ...(status === 'approved' ? { taskProgress: report.progress } : {}),
      },
    });
    return presentReport(row, await reportExtras(tx, [row]), reportAbilities(ctx.actor, row, task));
  });
}
