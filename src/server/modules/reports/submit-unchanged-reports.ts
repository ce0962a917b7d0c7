import { uuidv7 } from 'uuidv7';
import { formatPeriod } from '../../../domain/ledger-view';
import { statusLabels } from '../../../domain/ledger';
import { periodKindOf } from '../../../domain/schedule';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError } from '../../errors';
import { loadSettings } from '../settings/settings.repository';
import { refuseBatch, type BatchFailure } from '../tasks/batch-failures';
import { canReadTasks, canSeeTask, taskVerdicts } from '../tasks/tasks.policy';
import { findTasks } from '../tasks/tasks.repository';
import { assertCan } from '../../policy/assert';
import { presentReport } from './present-report';
import {
  indicatorValuesOf,
  insertReport,
  insertReportEvent,
  replaceIndicatorValues,
  reportExtras,
  type ReportRow,
  reportsBefore,
  tasksReportedFor,
} from './reports.repository';
import { reportAbilities } from './reports.policy';
import type { TReport } from './reports.schemas';

/**
 * 本期无变化: the lead unit reports a period for many tasks at once, each carrying its last approved report's
 * progress, text and indicator values forward, marked with the period it copied. Each is an ordinary submitted
 * report: the unit head signs it and the office reviews it as any other. All or nothing.
 */
export async function submitUnchangedReports(
  ctx: AuthedContext,
  input: { period: string; taskIds: readonly string[] },
): Promise<TReport[]> {
  assertCan(canReadTasks(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const periodKind = (await loadSettings(tx, ctx.actor.tenantId))['reports.period'];
    if (periodKindOf(input.period) !== periodKind) {
      const message =
        periodKind === 'quarter'
          ? '本区按季度报送进展，期间应为 2024-Q1 格式'
          : '本区按月报送进展，期间应为 2024-03 格式';
      throw new AppError('VALIDATION_FAILED', { details: { fields: [{ path: 'period', message }] } });
    }
    const ids = [...input.taskIds];
    const byId = new Map((await findTasks(tx, ids)).map((t) => [t.id, t] as const));
    const own = await reportsBefore(tx, ids, input.period);
    const current = await tasksReportedFor(tx, ids, input.period);
    const reported = new Set(current.map((r) => r.taskId));
    const failures: BatchFailure[] = [];
    const plans: Array<{ taskId: string; unitId: string; previous: ReportRow }> = [];
    for (const taskId of ids) {
      const task = byId.get(taskId);
      if (!task || !canSeeTask(ctx.actor, task)) {
        failures.push({ taskId, code: 'NOT_FOUND', message: '任务不存在' });
        continue;
      }
      const label = `${task.code ?? ''} ${task.title}`.trim();
      const may = taskVerdicts(ctx.actor, task).report;
      if (may === 'role' || ctx.actor.unitId === null) {
        failures.push({ taskId, code: 'NOT_LEAD_UNIT', message: `${label}：只有牵头单位可以填报进展` });
      } else if (may === 'state') {
        failures.push({
          taskId,
          code: 'INVALID_STATUS',
          message: `${label}：任务${statusLabels[task.status]}，签收后、办结前才能填报`,
        });
      } else if (reported.has(taskId)) {
        failures.push({
          taskId,
          code: 'ALREADY_REPORTED',
          message: `${label}：${formatPeriod(input.period)}已有进展，请在任务页修改`,
        });
      } else {
        // The last approved report is what the office accepted; an unreviewed one cannot be carried forward.
        const previous = own.find((r) => r.taskId === taskId && r.status === 'approved');
        if (!previous)
          failures.push({
            taskId,
            code: 'NO_PREVIOUS_REPORT',
            message: `${label}：没有已审核通过的上期进展可沿用，请逐项填报`,
          });
        else plans.push({ taskId, unitId: ctx.actor.unitId, previous });
      }
    }
    refuseBatch(failures);
    const previousValues = await indicatorValuesOf(
      tx,
      plans.map((p) => p.previous.id),
    );
    const created: ReportRow[] = [];
    for (const { taskId, unitId, previous } of plans) {
      const reportId = uuidv7();
      const row = await insertReport(tx, {
        id: reportId,
        tenantId: ctx.actor.tenantId,
        taskId,
        unitId,
        period: input.period,
        progress: previous.progress,
        narrative: `本期无变化（沿用${formatPeriod(previous.period)}进展）。${previous.narrative}`,
        problems: previous.problems,
        nextSteps: previous.nextSteps,
        publicSummary: previous.publicSummary,
        carriedFromPeriod: previous.period,
        status: 'submitted',
        submittedBy: ctx.actor.userId,
        submittedAt: now,
        createdAt: now,
        updatedAt: now,
        updatedBy: ctx.actor.userId,
      });
      if (!row) throw new AppError('INTERNAL');
      await replaceIndicatorValues(
        tx,
        ctx.actor.tenantId,
        reportId,
        previousValues
          .filter((v) => v.reportId === previous.id)
          .map((v) => ({ targetId: v.targetId, value: v.value })),
      );
      await insertReportEvent(tx, {
        id: uuidv7(),
        tenantId: ctx.actor.tenantId,
        reportId,
        action: 'submit',
        progress: previous.progress,
        actorId: ctx.actor.userId,
        at: now,
      });
      await recordAudit(tx, {
        ...auditBase(ctx),
        action: 'report.submitted',
        entityType: 'report',
        entityId: reportId,
        after: {
          taskId,
          period: input.period,
          progress: previous.progress,
          carriedFromPeriod: previous.period,
        },
      });
      created.push(row);
    }
    const extras = await reportExtras(tx, created);
    return created.map((r) =>
      presentReport(
        r,
        extras,
        reportAbilities(
          ctx.actor,
          r,
          byId.get(r.taskId) ?? { status: 'in_progress', leadUnitId: r.unitId, coUnitIds: [] },
        ),
      ),
    );
  });
}
