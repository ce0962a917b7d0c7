import { presentTasks } from '../tasks/present-tasks';
import { lockRow } from '../../db/row-lock';
import { codePrefixByKind, formatTaskCode } from '../../../domain/task-code';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { decisions } from '../../db/schema';
import { AppError, notFound } from '../../errors';
import { assertCan } from '../../policy/assert';
import {
  activeUnitIds,
  draftTasksInOrder,
  findTasksByCode,
  publishDraftTasks,
  reserveTaskCodes,
} from '../tasks/tasks.repository';
import { canManageDecisions } from './decisions.policy';
import { findDecision, touchDecision } from './decisions.repository';

/**
 * 下发任务清单: publishes every draft of the decision at once, or none — a 422 lists each task that lacks a
 * lead unit or dates. Published tasks get stable codes (2024-QW-001) in list order.
 */
export async function publishDecision(ctx: AuthedContext, id: string) {
  assertCan(canManageDecisions(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    await lockRow(tx, decisions, id);
    const decision = await findDecision(tx, id);
    if (!decision) throw notFound();
    const drafts = await draftTasksInOrder(tx, id);
    if (drafts.length === 0) throw new AppError('NOTHING_TO_PUBLISH');
    const active = await activeUnitIds(
      tx,
      drafts.map((t) => t.leadUnitId).filter((u): u is string => u !== null),
    );
    const incomplete = drafts
      .map((t) => ({
        id: t.id,
        title: t.title,
        missing: [
          ...(!t.leadUnitId || !active.has(t.leadUnitId) ? ['leadUnitId'] : []),
          ...(!t.startDate ? ['startDate'] : []),
          ...(!t.dueDate ? ['dueDate'] : []),
        ],
      }))
      .filter((t) => t.missing.length > 0);
    if (incomplete.length > 0) throw new AppError('PUBLISH_INCOMPLETE', { details: { tasks: incomplete } });

    const year = Number(decision.date.slice(0, 4));
    const prefix = codePrefixByKind[decision.kind];
    const first = await reserveTaskCodes(tx, ctx.actor.tenantId, year, prefix, drafts.length);
    const assignments = drafts.map((t, i) => ({ id: t.id, code: formatTaskCode(year, prefix, first + i) }));
    // One statement for the lot; the status guard makes a concurrent publisher's second pass change nothing.
    const updated = await publishDraftTasks(tx, assignments, now, ctx.actor.userId);
    if (updated.length !== drafts.length)
      throw new AppError('VERSION_CONFLICT', { message: '任务清单正被他人同时下发，请刷新后重试' });
    await touchDecision(tx, id, { publishedAt: now, updatedAt: now, updatedBy: ctx.actor.userId });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'decision.published',
      entityType: 'decision',
      entityId: id,
      after: { published: drafts.length, tasks: assignments.map((a) => `${a.code} ${a.id}`) },
    });
    const rows = await findTasksByCode(
      tx,
      drafts.map((d) => d.id),
    );
    return { published: rows.length, tasks: await presentTasks(tx, ctx, rows) };
  });
}
