import { daysTaken, delayDays, isItemOverdue } from '../../../domain/joint-reviews';
import type { AbilityActor } from '../../../domain/abilities';
import { shanghaiDate } from '../../clock';
import type { Executor } from '../../db/client';
import { iso } from '../../http';
import { jointReviewItemAbilities } from './joint-reviews.policy';
import {
  itemsOfReviews,
  nodeNames,
  projectsForReviews,
  userNames,
  type JointReviewRow,
} from './joint-reviews.repository';
import type { TJointReview, TJointReviewItem, TJointReviewSummary } from './joint-reviews.schemas';

type LoadedItem = Awaited<ReturnType<typeof itemsOfReviews>>[number];

function presentItem(
  actor: AbilityActor,
  review: JointReviewRow,
  { item, unitName, answeredByName }: LoadedItem,
  today: string,
): TJointReviewItem {
  const facts = {
    status: item.status,
    firstAnsweredOn: item.firstAnsweredAt ? shanghaiDate(item.firstAnsweredAt) : null,
  };
  return {
    id: item.id,
    unitId: item.unitId,
    unitName,
    subject: item.subject,
    status: item.status,
    answer: item.answer,
    answeredAt: iso(item.answeredAt),
    answeredByName: answeredByName ?? null,
    firstAnsweredAt: iso(item.firstAnsweredAt),
    daysTaken: daysTaken(shanghaiDate(review.openedAt), facts, today),
    delayDays: delayDays(review.deadline, facts, today),
    overdue: isItemOverdue(facts, review.deadline, today),
    version: item.version,
    abilities: jointReviewItemAbilities(actor, review, item),
  };
}

/** Rows → the API's reviews, each with every department's item (its state, days taken, overdue flag). */
export async function presentReviews(
  tx: Executor,
  actor: AbilityActor,
  rows: JointReviewRow[],
  today: string,
): Promise<TJointReview[]> {
  const openedByNames = await userNames(
    tx,
    rows.map((r) => r.openedBy).filter((x): x is string => x !== null),
  );
  const items = await itemsOfReviews(
    tx,
    rows.map((r) => r.id),
  );
  const projects = await projectsForReviews(
    tx,
    rows.map((r) => r.projectId),
  );
  const nodes = await nodeNames(
    tx,
    rows.map((r) => r.nodeId).filter((x): x is string => x !== null),
  );
  return rows.map((r) => {
    const mine = items.filter((i) => i.item.reviewId === r.id).map((i) => presentItem(actor, r, i, today));
    const project = projects.get(r.projectId);
    const summary: TJointReviewSummary = {
      id: r.id,
      projectId: r.projectId,
      projectCode: project?.code ?? '',
      projectName: project?.name ?? '',
      nodeId: r.nodeId,
      nodeName: r.nodeId ? (nodes.get(r.nodeId) ?? null) : null,
      title: r.title,
      deadline: r.deadline,
      status: r.status,
      openedAt: iso(r.openedAt),
      closedAt: iso(r.closedAt),
      itemCount: mine.length,
      answeredCount: mine.filter((i) => i.status !== 'pending').length,
      overdueCount: mine.filter((i) => i.overdue).length,
    };
    return {
      ...summary,
      description: r.description,
      openedByName: r.openedBy ? (openedByNames.get(r.openedBy) ?? null) : null,
      version: r.version,
      items: mine,
    };
  });
}

/** The list's shape: the summary without description and items. */
export function toSummary(review: TJointReview): TJointReviewSummary {
  const { description: _d, openedByName: _o, version: _v, items: _i, ...summary } = review;
  return summary;
}
