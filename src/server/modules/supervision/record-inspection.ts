import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError } from '../../errors';
import { assertRefsInTenant } from '../../references';
import { notifyUsers, unitUserIds } from '../../notify/notify.repository';
import { assertCan } from '../../policy/assert';
import { todaysDeadlineRule } from '../case-deadlines/load-deadline-rule';
import { activeUnitIds } from '../tasks/tasks.repository';
import { canManageSupervision } from './supervision.policy';
import {
  insertInspection,
  insertRectification,
  listRectificationRows,
  presentRectifications,
} from './supervision.repository';
import type { TInspectionBody, TRectification } from './supervision.schemas';

/** 实地督查: records an inspection; each finding becomes a rectification (整改) of the unit concerned. */
export async function recordInspection(
  ctx: AuthedContext,
  input: TInspectionBody,
): Promise<{ id: string; rectifications: TRectification[] }> {
  assertCan(canManageSupervision(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const active = await activeUnitIds(
      tx,
      input.findings.map((f) => f.unitId),
    );
    const bad = input.findings.map((f, i) => ({ f, i })).filter(({ f }) => !active.has(f.unitId));
    if (bad.length > 0)
      throw new AppError('VALIDATION_FAILED', {
        details: {
          fields: bad.map(({ i }) => ({ path: `findings.${i}.unitId`, message: '单位不存在或已停用' })),
        },
      });
    await assertRefsInTenant(tx, ctx.actor.tenantId, [
      { path: 'caseId', table: 'supervision_cases', id: input.caseId },
      ...input.findings.map((f, i) => ({
        path: `findings.${i}.taskId`,
        table: 'tasks' as const,
        id: f.taskId,
      })),
    ]);
    const id = uuidv7();
    await insertInspection(tx, {
      id,
      tenantId: ctx.actor.tenantId,
      date: input.date,
      team: input.team,
      places: input.places,
      summary: input.summary ?? null,
      caseId: input.caseId ?? null,
      createdBy: ctx.actor.userId,
      createdAt: now,
    });
    const ids: string[] = [];
    for (const finding of input.findings) {
      const rid = uuidv7();
      ids.push(rid);
      await insertRectification(tx, {
        id: rid,
        tenantId: ctx.actor.tenantId,
        inspectionId: id,
        caseId: input.caseId ?? null,
        taskId: finding.taskId ?? null,
        finding: finding.finding,
        unitId: finding.unitId,
        deadline: finding.deadline,
        createdAt: now,
        updatedAt: now,
        updatedBy: ctx.actor.userId,
      });
      await notifyUsers(tx, await unitUserIds(tx, finding.unitId), {
        tenantId: ctx.actor.tenantId,
        kind: 'rectification_issued',
        title: '督查发现问题，请限期整改',
        body: `${finding.finding}（整改时限：${finding.deadline}）`,
        entityType: 'rectification',
        entityId: rid,
        dedupeKey: `rectification-issued:${rid}`,
        at: now,
      });
    }
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'inspection.recorded',
      entityType: 'inspection',
      entityId: id,
      after: { date: input.date, team: input.team, places: input.places, findings: input.findings.length },
    });
    const rows = (await listRectificationRows(tx, null)).filter((r) => ids.includes(r.id));
    return {
      id,
      rectifications: await presentRectifications(tx, rows, await todaysDeadlineRule(tx, ctx), ctx.actor),
    };
  });
}
