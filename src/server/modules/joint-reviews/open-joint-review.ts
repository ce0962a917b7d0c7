import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../audit/record-audit';
import { shanghaiDate } from '../../clock';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { AppError, fieldError } from '../../errors';
import { notifyUsers, unitUserIds } from '../../notify/notify.repository';
import { assertCan } from '../../policy/assert';
import { assertRefsInTenant } from '../../references';
import { canOpenJointReviews } from './joint-reviews.policy';
import { findProjectNode, insertItems, insertReview, projectExists } from './joint-reviews.repository';
import type { TJointReview, TOpenJointReviewBody } from './joint-reviews.schemas';
import { presentReviews } from './present-joint-review';

/**
 * 发起联审: the office opens a review of a project (optionally one of its procedure nodes) with a deadline not in
 * the past and one item per department; each department is told. Bad input answers 422 naming the field.
 */
export async function openJointReview(ctx: AuthedContext, body: TOpenJointReviewBody): Promise<TJointReview> {
  assertCan(canOpenJointReviews(ctx.actor));
  const now = ctx.clock.now();
  const today = shanghaiDate(now);
  if (body.deadline < today) throw fieldError('VALIDATION_FAILED', 'deadline', '审批时限不能早于今天');
  const seen = new Set<string>();
  body.departments.forEach((d, i) => {
    if (seen.has(d.unitId))
      throw fieldError('VALIDATION_FAILED', `departments.${i}.unitId`, '同一部门不能重复');
    seen.add(d.unitId);
  });
  return tenantTx(ctx, async (tx) => {
    if (!(await projectExists(tx, body.projectId)))
      throw fieldError('VALIDATION_FAILED', 'projectId', '项目不存在');
    if (body.nodeId) {
      const node = await findProjectNode(tx, body.nodeId);
      if (!node || node.projectId !== body.projectId)
        throw fieldError('VALIDATION_FAILED', 'nodeId', '该手续节点不属于此项目');
    }
    await assertRefsInTenant(
      tx,
      ctx.actor.tenantId,
      body.departments.map((d, i) => ({ path: `departments.${i}.unitId`, table: 'units', id: d.unitId })),
    );
    const review = await insertReview(tx, {
      id: uuidv7(),
      tenantId: ctx.actor.tenantId,
      projectId: body.projectId,
      nodeId: body.nodeId ?? null,
      title: body.title,
      description: body.description,
      deadline: body.deadline,
      openedAt: now,
      openedBy: ctx.actor.userId,
      createdAt: now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!review) throw new AppError('INTERNAL');
    await insertItems(
      tx,
      body.departments.map((d, position) => ({
        id: uuidv7(),
        tenantId: ctx.actor.tenantId,
        reviewId: review.id,
        unitId: d.unitId,
        subject: d.subject,
        position,
        updatedAt: now,
        updatedBy: ctx.actor.userId,
      })),
    );
    for (const d of body.departments)
      await notifyUsers(tx, await unitUserIds(tx, d.unitId), {
        tenantId: ctx.actor.tenantId,
        kind: 'joint_review_opened',
        title: `联审联批待答复：${body.title}`,
        body: `${d.subject ? `审查事项：${d.subject}。` : ''}请于 ${body.deadline} 前答复。`,
        entityType: 'joint_review',
        entityId: review.id,
        dedupeKey: `joint-review-opened:${review.id}:${d.unitId}`,
        at: now,
      });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'joint_review.opened',
      entityType: 'joint_review',
      entityId: review.id,
      after: {
        projectId: review.projectId,
        nodeId: review.nodeId,
        title: review.title,
        deadline: review.deadline,
        unitIds: body.departments.map((d) => d.unitId),
      },
    });
    return (await presentReviews(tx, ctx.actor, [review], today))[0] as TJointReview;
  });
}
