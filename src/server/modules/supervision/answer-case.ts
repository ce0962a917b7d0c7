import { assertCan } from '../../policy/assert';
import { todaysDeadlineRule } from '../case-deadlines/load-deadline-rule';
import { lockRow } from '../../db/row-lock';
import { uuidv7 } from 'uuidv7';
import { assertTransition } from '../../../domain/workflow';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { supervisionCases } from '../../db/schema';
import { notFound } from '../../errors';
import { notifyUsers } from '../../notify/notify.repository';
import { assertAbility } from '../../policy/abilities';
import { attachAttachments } from '../attachments/attach-attachments';
import { canReadSupervision, canSeeUnitItem, caseVerdicts } from './supervision.policy';
import { findCase, insertCaseEvent, presentCases, setCaseFields } from './supervision.repository';
import type { TCase } from './supervision.schemas';

/**
 * The unit answers a case with its measures and, optionally, evidence (uploads of its own, attached to the case:
 * the office and the unit see them); the office that opened it is told.
 */
export async function answerCase(
  ctx: AuthedContext,
  id: string,
  answer: string,
  attachmentIds: readonly string[] = [],
): Promise<TCase> {
  assertCan(canReadSupervision(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    await lockRow(tx, supervisionCases, id);
    const row = await findCase(tx, id);
    if (!row || !canSeeUnitItem(ctx.actor, row.unitIds)) throw notFound();
    assertAbility(caseVerdicts(ctx.actor, row), 'answer', {
      role: '由被督办单位答复',
      transition: { machine: 'supervisionCase', from: row.status, action: 'answer' },
    });
    const status = assertTransition('supervisionCase', row.status, 'answer');
    await setCaseFields(tx, id, {
      status,
      answer,
      answeredAt: now,
      answeredBy: ctx.actor.userId,
      version: row.version + 1,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    await attachAttachments(tx, ctx, attachmentIds, { kind: 'case', id });
    await insertCaseEvent(tx, {
      id: uuidv7(),
      tenantId: ctx.actor.tenantId,
      caseId: id,
      action: 'answer',
      comment: answer,
      actorId: ctx.actor.userId,
      at: now,
    });
    await notifyUsers(tx, [row.createdBy], {
      tenantId: ctx.actor.tenantId,
      kind: 'case_answered',
      title: `督办件已答复：${row.title}`,
      body: answer,
      entityType: 'case',
      entityId: id,
      dedupeKey: `case-answered:${id}:${row.version + 1}`,
      at: now,
    });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'case.answered',
      entityType: 'case',
      entityId: id,
      before: { status: row.status },
      after: { status, answer },
    });
    const after = await findCase(tx, id);
    return (
      await presentCases(tx, after ? [after] : [], ctx.actor, await todaysDeadlineRule(tx, ctx))
    )[0] as TCase;
  });
}
