import { uuidv7 } from 'uuidv7';
import { draftFromReviewSection, outlineOf } from '../../../domain/review-draft';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { fieldError, notFound } from '../../errors';
import { presentOneTask } from '../tasks/present-tasks';
import { taskAuditFields } from '../tasks/present-task';
import { findTask, insertTasks, tasksWithContent } from '../tasks/tasks.repository';
import { assertCan } from '../../policy/assert';
import { canManageDecisions } from './decisions.policy';
import { findDecision, nextTaskPosition } from './decisions.repository';

/**
 * "转为任务": a draft from a review section that the extractor skipped, its text as content. Made by the
 * office (not extracted), so a new extraction keeps it; a section already turned into a draft is refused.
 */
export async function draftFromSection(ctx: AuthedContext, id: string, sectionId: string) {
  assertCan(canManageDecisions(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const decision = await findDecision(tx, id);
    if (!decision) throw notFound();
    const draft = draftFromReviewSection(
      outlineOf(decision.outline),
      sectionId,
      decision.text ?? '',
      decision.date,
    );
    if (!draft) throw fieldError('VALIDATION_FAILED', 'sectionId', '该部分不存在或不是回顾内容');
    const same = await tasksWithContent(tx, id, draft.content);
    if (same.length > 0) throw fieldError('VALIDATION_FAILED', 'sectionId', '该部分已转为任务');
    const taskId = uuidv7();
    await insertTasks(tx, [
      {
        id: taskId,
        tenantId: ctx.actor.tenantId,
        decisionId: id,
        title: draft.title,
        content: draft.content,
        source: decision.source,
        sectionPath: draft.sectionPath,
        startDate: draft.startDate,
        dueDate: draft.dueDate,
        dueDateSource: draft.dueDateSource,
        position: await nextTaskPosition(tx, id),
        sourceOffset: draft.sourceOffset,
        sourceLength: draft.sourceLength,
        createdAt: now,
        updatedAt: now,
        updatedBy: ctx.actor.userId,
      },
    ]);
    const row = await findTask(tx, taskId);
    if (!row) throw new Error('task vanished');
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'task.created',
      entityType: 'task',
      entityId: taskId,
      after: { ...taskAuditFields(row), fromSection: sectionId },
    });
    return presentOneTask(tx, ctx, row);
  });
}
