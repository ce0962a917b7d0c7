import { lockRow } from '../../db/row-lock';
import { uuidv7 } from 'uuidv7';
import { assertTransition } from '../../../domain/workflow';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { supervisionCases } from '../../db/schema';
import { AppError, notFound } from '../../errors';
import { notifyUsers, unitUserIds } from '../../notify/notify.repository';
import { versionConflict } from '../../versioning';
import { assertCan } from '../../policy/assert';
import { todaysDeadlineRule } from '../case-deadlines/load-deadline-rule';
import { canManageSupervision } from './supervision.policy';
import { findCase, insertCaseEvent, presentCases, setCaseFields } from './supervision.repository';
import type { TCase, TDecideCaseBody } from './supervision.schemas';

const audits = {
  close: 'case.closed',
  send_back: 'case.sent_back',
  escalate: 'case.escalated',
  reissue: 'case.reissued',
} as const;

/**
 * The office closes an answered case, sends it back for more, escalates it (to a higher level: 重点,
 * 挂牌督办; the history keeps every step) or reissues an escalated one.
 */
export async function decideCase(ctx: AuthedContext, id: string, input: TDecideCaseBody): Promise<TCase> {
  assertCan(canManageSupervision(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    await lockRow(tx, supervisionCases, id);
    const row = await findCase(tx, id);
    if (!row) throw notFound();
    if (row.version !== input.version) throw await versionConflict(tx, row);
    const status = assertTransition('supervisionCase', row.status, input.action);
    if (input.action === 'send_back' && !input.comment) {
      throw new AppError('VALIDATION_FAILED', {
        details: { fields: [{ path: 'comment', message: '退回时请写明原因' }] },
      });
    }
    const level =
      input.action === 'escalate' ? (input.level ?? (row.level === 'general' ? 'key' : 'listed')) : row.level;
    await setCaseFields(tx, id, {
      status,
      level,
      ...(status === 'closed' ? { closedAt: now } : {}),
      version: row.version + 1,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    await insertCaseEvent(tx, {
      id: uuidv7(),
      tenantId: ctx.actor.tenantId,
      caseId: id,
      action: input.action,
      comment: input.comment ?? null,
      level,
      actorId: ctx.actor.userId,
      at: now,
    });
    if (input.action !== 'close') {
      for (const unitId of row.unitIds) {
        await notifyUsers(tx, await unitUserIds(tx, unitId), {
          tenantId: ctx.actor.tenantId,
          kind: `case_${input.action}`,
          title: `督办件${input.action === 'send_back' ? '被退回' : input.action === 'escalate' ? '已升级' : '重新交办'}：${row.title}`,
          body: input.comment ?? '',
          entityType: 'case',
          entityId: id,
          dedupeKey: `case-${input.action}:${id}:${row.version + 1}`,
          at: now,
        });
      }
    }
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: audits[input.action],
      entityType: 'case',
      entityId: id,
      before: { status: row.status, level: row.level },
      after: { status, level, comment: input.comment ?? null },
    });
    const after = await findCase(tx, id);
    return (
      await presentCases(tx, after ? [after] : [], ctx.actor, await todaysDeadlineRule(tx, ctx))
    )[0] as TCase;
  });
}
