/**
 * Plain inserts of the rows the meetings' agenda reads from other modules (blockers, their events, joint reviews
 * and their items), so that the meeting tests do not depend on those modules' use cases.
 */
import { uuidv7 } from 'uuidv7';
import { withSystemTx } from '../../src/server/db/tx';
import { blockerEvents, blockers, jointReviewItems, jointReviews } from '../../src/server/db/schema';
import type { BlockerLevel, BlockerStatus } from '../../src/domain/vocabulary';
import type { TestApp } from './test-app';

export async function insertBlocker(
  t: TestApp,
  row: {
    projectId?: string;
    taskId?: string;
    unitId: string;
    title: string;
    level: BlockerLevel;
    status?: BlockerStatus;
    raisedAt: string;
    tenantId?: string;
  },
): Promise<string> {
  const id = uuidv7();
  await withSystemTx(t.db, async (tx) => {
    await tx.insert(blockers).values({
      id,
      tenantId: row.tenantId ?? t.tenantId,
      projectId: row.projectId ?? null,
      taskId: row.taskId ?? null,
      raisedByUnitId: row.unitId,
      ownerUnitId: row.unitId,
      kind: '征迁',
      title: row.title,
      ask: '请区征收办协调',
      dueDate: '2026-05-31',
      level: row.level,
      status: row.status ?? 'open',
      ...(row.status === 'resolved' ? { resolution: '已解决', resolvedAt: new Date(row.raisedAt) } : {}),
      raisedAt: new Date(row.raisedAt),
      levelSince: new Date(row.raisedAt),
    });
    await tx.insert(blockerEvents).values({
      id: uuidv7(),
      tenantId: row.tenantId ?? t.tenantId,
      blockerId: id,
      kind: 'raised',
      toLevel: 'unit',
      at: new Date(row.raisedAt),
    });
  });
  return id;
}

export async function insertJointReview(
  t: TestApp,
  row: { projectId: string; title: string; deadline: string; unitIds: string[]; answered?: string[] },
): Promise<string> {
  const id = uuidv7();
  await withSystemTx(t.db, async (tx) => {
    await tx.insert(jointReviews).values({
      id,
      tenantId: t.tenantId,
      projectId: row.projectId,
      title: row.title,
      deadline: row.deadline,
    });
    await tx.insert(jointReviewItems).values(
      row.unitIds.map((unitId, position) => ({
        id: uuidv7(),
        tenantId: t.tenantId,
        reviewId: id,
        unitId,
        subject: '规划许可',
        position,
        ...((row.answered ?? []).includes(unitId)
          ? { status: 'approved' as const, answeredAt: new Date(), firstAnsweredAt: new Date() }
          : {}),
      })),
    );
  });
  return id;
}
