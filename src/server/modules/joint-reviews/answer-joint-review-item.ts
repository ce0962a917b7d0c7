import { isReviewComplete } from '../../../domain/joint-reviews';
import { recordAudit } from '../../audit/record-audit';
import { shanghaiDate } from '../../clock';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { notifyUsers, supervisorIds } from '../../notify/notify.repository';
import { assertAbility } from '../../policy/abilities';
import { assertCan } from '../../policy/assert';
import { versionConflict } from '../../versioning';
import { canAnswerJointReviews, jointReviewItemVerdicts } from './joint-reviews.policy';
import {
  closeReview,
  itemsOfReviews,
  itemStatusesOf,
  lockReview,
  updateItemVersioned,
} from './joint-reviews.repository';
import type { TAnswerItemBody, TJointReview } from './joint-reviews.schemas';
import { presentReviews } from './present-joint-review';
import { loadVisibleReview } from './review-access';

/**
 * A department answers its item (同意 / 有条件同意 / 需补充材料), while the review is open; it may answer again
 * (after material came) but its first answer's time is kept for the days it took. When every department has
 * approved, the review closes and the office is told. Answers of several departments may come at once: the
 * review row is locked, so exactly one of them closes it.
 */
export async function answerJointReviewItem(
  ctx: AuthedContext,
  reviewId: string,
  itemId: string,
  body: TAnswerItemBody,
): Promise<TJointReview> {
  assertCan(canAnswerJointReviews(ctx.actor));
  const now = ctx.clock.now();
  const today = shanghaiDate(now);
  return tenantTx(ctx, async (tx) => {
    await loadVisibleReview(tx, ctx, reviewId);
    const review = await lockReview(tx, reviewId);
    if (!review) throw notFound();
    const loaded = (await itemsOfReviews(tx, [review.id])).find((i) => i.item.id === itemId);
    if (!loaded) throw notFound();
    const item = loaded.item;
    assertAbility(jointReviewItemVerdicts(ctx.actor, review, item), 'answer', {
      role: '只有该部门可以答复此事项',
      state: '联审已办结，不能再答复',
    });
    if (body.version !== item.version) throw await versionConflict(tx, item);
    const row = await updateItemVersioned(tx, item.id, item.version, {
      status: body.status,
      answer: body.answer || null,
      answeredAt: now,
      answeredBy: ctx.actor.userId,
      firstAnsweredAt: item.firstAnsweredAt ?? now,
      updatedAt: now,
      updatedBy: ctx.actor.userId,
    });
    if (!row) throw await versionConflict(tx, item);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'joint_review.answered',
      entityType: 'joint_review',
      entityId: review.id,
      before: { itemId: item.id, status: item.status, version: item.version },
      after: { itemId: row.id, unitId: row.unitId, status: row.status, answer: row.answer },
    });
    let current = review;
    if (isReviewComplete(await itemStatusesOf(tx, review.id))) {
      const closed = await closeReview(tx, review.id, now, ctx.actor.userId);
      if (closed) {
        current = closed;
        await recordAudit(tx, {
          ...auditBase(ctx),
          action: 'joint_review.closed',
          entityType: 'joint_review',
          entityId: review.id,
          before: { status: 'open' },
          after: { status: 'closed', closedAt: now.toISOString() },
        });
        await notifyUsers(tx, await supervisorIds(tx), {
          tenantId: ctx.actor.tenantId,
          kind: 'joint_review_closed',
          title: `联审联批已办结：${review.title}`,
          body: '各部门均已同意。',
          entityType: 'joint_review',
          entityId: review.id,
          dedupeKey: `joint-review-closed:${review.id}`,
          at: now,
        });
      }
    } else if (body.status === 'needs_material') {
      await notifyUsers(tx, await supervisorIds(tx), {
        tenantId: ctx.actor.tenantId,
        kind: 'joint_review_material',
        title: `联审联批需补充材料：${review.title}`,
        body: `${loaded.unitName}：${body.answer}`,
        entityType: 'joint_review',
        entityId: review.id,
        dedupeKey: `joint-review-material:${row.id}:${row.version}`,
        at: now,
      });
    }
    return (await presentReviews(tx, ctx.actor, [current], today))[0] as TJointReview;
  });
}
