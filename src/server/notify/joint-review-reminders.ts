import { reminderFor } from '../../domain/joint-reviews';
import type { Executor } from '../db/client';
import { markReminded, pendingItemsOfOpenReviews } from '../modules/joint-reviews/joint-reviews.repository';
import { notifyUsers, supervisorIds, unitUserIds } from './notify.repository';

/**
 * 联审联批 in the reminder run: a department whose item is still pending is reminded when the deadline is near
 * (its people) and every day it is overdue (its people and the office), at most once a day (reminded_on; the
 * notification's dedupe key makes a run stopped half-way and run again send nothing twice).
 */
export async function remindJointReviews(
  tx: Executor,
  asOf: string,
  at: Date,
): Promise<{ due: number; overdue: number; sent: number }> {
  const result = { due: 0, overdue: 0, sent: 0 };
  const office = await supervisorIds(tx);
  for (const item of await pendingItemsOfOpenReviews(tx)) {
    const kind = reminderFor(item, item.deadline, asOf);
    if (!kind || !(await markReminded(tx, item.itemId, asOf))) continue;
    const overdue = kind === 'overdue';
    if (overdue) result.overdue++;
    else result.due++;
    const unitUsers = await unitUserIds(tx, item.unitId);
    result.sent += (
      await notifyUsers(tx, overdue ? [...unitUsers, ...office] : unitUsers, {
        tenantId: item.tenantId,
        kind: overdue ? 'joint_review_overdue' : 'joint_review_due',
        title: overdue ? `联审联批逾期未答复：${item.title}` : `联审联批即将到期：${item.title}`,
        body: overdue ? `答复时限 ${item.deadline} 已过，请尽快答复。` : `请于 ${item.deadline} 前答复。`,
        entityType: 'joint_review',
        entityId: item.reviewId,
        dedupeKey: `joint-review-${kind}:${item.itemId}:${asOf}`,
        at,
      })
    ).length;
  }
  return result;
}
