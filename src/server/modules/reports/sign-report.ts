import { assertCan } from '../../policy/assert';
import { lockRow } from '../../db/row-lock';
import { uuidv7 } from 'uuidv7';
import { assertTransition } from '../../../domain/workflow';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { canReadTasks, canSeeTask } from '../tasks/tasks.policy';
import { reports } from '../../db/schema';
import { findTask } from '../tasks/tasks.repository';
import { presentReport } from './present-report';
import { assertAbility } from '../../policy/abilities';
import { reportAbilities, reportVerdicts } from './reports.policy';
import { findReport, insertReportEvent, reportExtras, updateReportVersioned } from './reports.repository';
import type { TReport } from './reports.schemas';

/** The unit head signs off the unit's submitted report (单位负责人审签). */
export async function signReport(ctx: AuthedContext, reportId: string): Promise<TReport> {
  assertCan(canReadTasks(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    await lockRow(tx, reports, reportId);
    const report = await findReport(tx, reportId);
    const task = report ? await findTask(tx, report.taskId) : undefined;
    if (!report || !task || !canSeeTask(ctx.actor, task)) throw notFound();
    assertAbility(reportVerdicts(ctx.actor, report, task), 'sign', {
      role: '只有本单位负责人可以审签',
      transition: { machine: 'report', from: report.status, action: 'sign' },
    });
    const status = assertTransition('report', report.status, 'sign');
    const row = await updateReportVersioned(tx, reportId, report.version, {
      status,
      signedBy: ctx.actor.userId,
      signedAt: now,
      version: report.version + 1,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!row) throw new AppError('VERSION_CONFLICT');
    await insertReportEvent(tx, {
      id: uuidv7(),
      tenantId: ctx.actor.tenantId,
      reportId,
      action: 'sign',
      actorId: ctx.actor.userId,
      at: now,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'report.signed',
      entityType: 'report',
      entityId: reportId,
      before: { status: report.status },
      after: { status },
    });
    if (!row) throw new AppError('INTERNAL');
    return presentReport(row, await reportExtras(tx, [row]), reportAbilities(ctx.actor, row, task));
  });
}
