import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { assertRefsInTenant } from '../../references';
import { presentOneTask } from '../tasks/present-tasks';
import { taskAuditFields } from '../tasks/present-task';
import { canManageTasks } from '../tasks/tasks.policy';
import {
  deleteTasks,
  findTasks,
  moveTaskItems,
  updateTaskVersioned,
  type TaskRow,
} from '../tasks/tasks.repository';
import type { TTask } from '../tasks/tasks.schemas';
import { assertCan } from '../../policy/assert';
import type { TMergeDraftsBody } from './decisions.schemas';
import { findDecision } from './decisions.repository';

const earliest = (dates: Array<string | null>) =>
  dates.filter((d): d is string => d !== null).sort()[0] ?? null;
const latest = (dates: Array<string | null>) =>
  dates
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1) ?? null;

/** The source span that covers every merged sentence, so the source text still highlights the whole task. */
function coveringSpan(rows: readonly TaskRow[]): {
  sourceOffset: number | null;
  sourceLength: number | null;
} {
  const spans = rows.filter((r) => r.sourceOffset !== null && r.sourceLength !== null);
  if (spans.length === 0) return { sourceOffset: null, sourceLength: null };
  const start = Math.min(...spans.map((r) => r.sourceOffset ?? 0));
  const end = Math.max(...spans.map((r) => (r.sourceOffset ?? 0) + (r.sourceLength ?? 0)));
  return { sourceOffset: start, sourceLength: end - start };
}

/**
 * 合并草稿: several drafts of one decision (a directive the extractor split in two) become one task. The first in
 * document order stays; its text is followed by the others' text, every target and milestone moves to it, an
 * assignment it lacks is taken from the others, co-units are joined and the dates span them all. The others are
 * deleted. Every id must be a draft of this decision in the caller's district (422 naming the field); a stale
 * version fails the lot. Audited once as `task.merged` on the task that stays.
 */
export async function mergeDrafts(
  ctx: AuthedContext,
  decisionId: string,
  input: TMergeDraftsBody,
): Promise<TTask> {
  assertCan(canManageTasks(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const decision = await findDecision(tx, decisionId);
    if (!decision) throw notFound();
    await assertRefsInTenant(
      tx,
      ctx.actor.tenantId,
      input.items.map((item, i) => ({ path: `items.${i}.id`, table: 'tasks', id: item.id })),
    );
    const byId = new Map(
      (
        await findTasks(
          tx,
          input.items.map((i) => i.id),
        )
      ).map((r) => [r.id, r] as const),
    );
    const fields = input.items.flatMap((item, i) => {
      const row = byId.get(item.id);
      return row && row.decisionId === decision.id && row.status === 'draft'
        ? []
        : [{ path: `items.${i}.id`, message: '只能合并本决策部署的草稿任务' }];
    });
    if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { details: { fields } });
    const stale = input.items
      .filter((item) => byId.get(item.id)?.version !== item.version)
      .map((item) => item.id);
    if (stale.length > 0) throw new AppError('VERSION_CONFLICT', { details: { taskIds: stale } });

    const rows = input.items
      .map((item) => byId.get(item.id))
      .filter((r): r is TaskRow => r !== undefined)
      .sort((a, b) => a.position - b.position || a.createdAt.getTime() - b.createdAt.getTime());
    const [keep, ...others] = rows as [TaskRow, ...TaskRow[]];
    const otherIds = others.map((r) => r.id);
    const leadUnitId = keep.leadUnitId ?? others.find((r) => r.leadUnitId)?.leadUnitId ?? null;
    const coUnitIds = [...new Set(rows.flatMap((r) => r.coUnitIds))].filter((u) => u !== leadUnitId);

    // Targets and milestones keep their order: the kept task's first, then each other draft's in turn.
    const order = new Map(rows.map((r, i) => [r.id, i] as const));
    await moveTaskItems(
      tx,
      rows.map((r) => r.id),
      keep.id,
      order,
    );
    const after = await updateTaskVersioned(tx, keep.id, keep.version, {
      content: rows.map((r) => r.content ?? r.title).join('\n'),
      leadUnitId,
      coUnitIds,
      leadLeaderId: keep.leadLeaderId ?? others.find((r) => r.leadLeaderId)?.leadLeaderId ?? null,
      responsiblePerson:
        keep.responsiblePerson ?? others.find((r) => r.responsiblePerson)?.responsiblePerson ?? null,
      startDate: earliest(rows.map((r) => r.startDate)),
      dueDate: latest(rows.map((r) => r.dueDate)),
      ...coveringSpan(rows),
      edited: true,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!after) throw new AppError('VERSION_CONFLICT', { details: { taskIds: [keep.id] } });
    await deleteTasks(tx, otherIds);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'task.merged',
      entityType: 'task',
      entityId: keep.id,
      before: { ...taskAuditFields(keep), merged: others.map((r) => ({ id: r.id, title: r.title })) },
      after: taskAuditFields(after),
    });
    return presentOneTask(tx, ctx, after);
  });
}
