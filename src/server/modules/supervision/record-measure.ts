import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError } from '../../errors';
import { assertCan } from '../../policy/assert';
import { activeUnitIds, findTask } from '../tasks/tasks.repository';
import { canManageSupervision } from './supervision.policy';
import {
  caseExists,
  findRectification,
  insertAccountabilityAction,
  insertInterview,
} from './supervision.repository';
import type { TAccountabilityBody, TInterviewBody } from './supervision.schemas';

/**
 * 约谈 and 问责 are recorded against a unit (and a person), linked to the case, task or rectification that
 * caused them; every link must exist.
 */
export async function recordMeasure(
  ctx: AuthedContext,
  input: ({ kind: 'interview' } & TInterviewBody) | ({ kind: 'accountability' } & TAccountabilityBody),
): Promise<{ id: string }> {
  assertCan(canManageSupervision(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const fields: Array<{ path: string; message: string }> = [];
    if (!(await activeUnitIds(tx, [input.unitId])).has(input.unitId))
      fields.push({ path: 'unitId', message: '单位不存在或已停用' });
    if (input.caseId && !(await caseExists(tx, input.caseId)))
      fields.push({ path: 'caseId', message: '督办件不存在' });
    if (input.taskId && !(await findTask(tx, input.taskId)))
      fields.push({ path: 'taskId', message: '任务不存在' });
    if (input.rectificationId && !(await findRectification(tx, input.rectificationId)))
      fields.push({ path: 'rectificationId', message: '整改事项不存在' });
    if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { details: { fields } });
    const id = uuidv7();
    const links = {
      caseId: input.caseId ?? null,
      taskId: input.taskId ?? null,
      rectificationId: input.rectificationId ?? null,
    };
    if (input.kind === 'interview') {
      await insertInterview(tx, {
        id,
        tenantId: ctx.actor.tenantId,
        date: input.date,
        unitId: input.unitId,
        person: input.person,
        reason: input.reason,
        ...links,
        createdBy: ctx.actor.userId,
        createdAt: now,
      });
    } else {
      await insertAccountabilityAction(tx, {
        id,
        tenantId: ctx.actor.tenantId,
        type: input.type,
        date: input.date,
        unitId: input.unitId,
        person: input.person ?? null,
        reason: input.reason,
        ...links,
        createdBy: ctx.actor.userId,
        createdAt: now,
      });
    }
    const { kind, ...after } = input;
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: kind === 'interview' ? 'interview.recorded' : 'accountability.recorded',
      entityType: kind,
      entityId: id,
      after,
    });
    return { id };
  });
}
