/**
 * The facts of each agenda item for the projector, in a fixed number of queries: the project (stage, light and
 * reasons, investment plan vs actual), the blocker and its history, the joint review's departments, the carried
 * decision's task, and photos (the project's report photos, the blocker's image files).
 */
import { formatWan } from '../../../domain/money';
import type { Settings } from '../../../domain/settings';
import type { Executor } from '../../db/client';
import { iso } from '../../http';
import { loadProjectBundles } from '../projects/project-bundles';
import {
  blockersByIds,
  carriedDecisionFacts,
  eventsOfBlockers,
  filesOfBlockers,
  namesOf,
  photosOfProjects,
  projectRowsByIds,
  reviewItemsOf,
  reviewsByIds,
  type MeetingItemRow,
} from './meetings.repository';
import type { TItemFacts } from './meetings.schemas';

const PHOTOS_PER_ITEM = 6;

const ids = (values: Array<string | null | undefined>): string[] => [
  ...new Set(values.filter((v): v is string => typeof v === 'string')),
];

/** Facts by item id. */
export async function loadAgendaFacts(
  tx: Executor,
  items: MeetingItemRow[],
  today: string,
  settings: Settings,
): Promise<Map<string, TItemFacts>> {
  const blockerRows = await blockersByIds(tx, ids(items.map((i) => i.blockerId)));
  const blockerById = new Map(blockerRows.map((b) => [b.id, b]));
  const projectIdOf = (item: MeetingItemRow): string | null =>
    item.projectId ?? (item.blockerId ? (blockerById.get(item.blockerId)?.projectId ?? null) : null);
  const projectRows = await projectRowsByIds(tx, ids(items.map(projectIdOf)));
  const bundles = new Map(
    (await loadProjectBundles(tx, projectRows, today, settings)).map((b) => [b.row.id, b]),
  );
  const events = await eventsOfBlockers(
    tx,
    blockerRows.map((b) => b.id),
  );
  const files = await filesOfBlockers(
    tx,
    blockerRows.map((b) => b.id),
  );
  const photos = await photosOfProjects(
    tx,
    projectRows.map((p) => p.id),
    PHOTOS_PER_ITEM,
  );
  const reviews = new Map(
    (await reviewsByIds(tx, ids(items.map((i) => i.jointReviewId)))).map((r) => [r.id, r]),
  );
  const reviewItems = await reviewItemsOf(tx, [...reviews.keys()]);
  const carried = new Map(
    (await carriedDecisionFacts(tx, ids(items.map((i) => i.carriedDecisionId)))).map((c) => [c.id, c]),
  );
  const names = await namesOf(
    tx,
    ids([
      ...blockerRows.flatMap((b) => [b.ownerUnitId, b.raisedByUnitId]),
      ...[...carried.values()].map((c) => c.leadUnitId),
    ]),
    [],
  );

  const out = new Map<string, TItemFacts>();
  for (const item of items) {
    const projectId = projectIdOf(item);
    const bundle = projectId ? bundles.get(projectId) : undefined;
    const blocker = item.blockerId ? blockerById.get(item.blockerId) : undefined;
    const review = item.jointReviewId ? reviews.get(item.jointReviewId) : undefined;
    const decision = item.carriedDecisionId ? carried.get(item.carriedDecisionId) : undefined;
    out.set(item.id, {
      project: bundle
        ? {
            id: bundle.row.id,
            code: bundle.row.code,
            name: bundle.row.name,
            stage: bundle.row.stage,
            light: bundle.light.light,
            reasons: bundle.light.reasons,
            annualPlan: bundle.row.annualPlan,
            planToDate: formatWan(bundle.light.planToDateCents),
            completed: formatWan(bundle.light.completedCents),
            leaders: bundle.leaders.map((l) => l.name),
          }
        : null,
      blocker: blocker
        ? {
            id: blocker.id,
            kind: blocker.kind,
            title: blocker.title,
            description: blocker.description,
            ask: blocker.ask,
            level: blocker.level,
            status: blocker.status,
            dueDate: blocker.dueDate,
            raisedAt: iso(blocker.raisedAt),
            ownerUnitName: names.units.get(blocker.ownerUnitId) ?? null,
            raisedByUnitName: names.units.get(blocker.raisedByUnitId) ?? null,
            events: events
              .filter((e) => e.blockerId === blocker.id)
              .map((e) => ({
                kind: e.kind,
                fromLevel: e.fromLevel,
                toLevel: e.toLevel,
                reason: e.reason,
                at: iso(e.at),
                actorName: e.actorName,
              })),
          }
        : null,
      review: review
        ? {
            id: review.id,
            title: review.title,
            deadline: review.deadline,
            status: review.status,
            items: reviewItems
              .filter((r) => r.reviewId === review.id)
              .map((r) => ({
                unitName: r.unitName,
                subject: r.subject,
                status: r.status,
                answer: r.answer,
                overdue: r.status === 'pending' && today > review.deadline,
              })),
          }
        : null,
      carried: decision
        ? {
            content: decision.content,
            dueDate: decision.dueDate,
            leadUnitName: names.units.get(decision.leadUnitId) ?? null,
            meetingTitle: decision.meetingTitle,
            heldOn: decision.heldOn,
            taskId: decision.taskId,
            taskCode: decision.taskCode,
            taskStatus: decision.taskStatus,
            taskProgress: decision.taskProgress,
          }
        : null,
      photos: [
        ...(projectId
          ? photos
              .filter((p) => p.projectId === projectId)
              .map((p) => ({ id: p.id, name: p.name, url: `/api/v1/projects/${projectId}/photos/${p.id}` }))
          : []),
        // Blocker evidence: listed by name; the blockers module serves the files.
        ...(blocker
          ? files
              .filter((f) => f.blockerId === blocker.id && f.contentType.startsWith('image/'))
              .map((f) => ({ id: f.id, name: f.name, url: null }))
          : []),
      ],
    });
  }
  return out;
}
