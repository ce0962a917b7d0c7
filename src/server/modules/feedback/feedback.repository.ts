import { and, desc, eq, gte } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { feedbackMessages, projects, users } from '../../db/schema';
import type { FeedbackStatus } from '../../../domain/vocabulary';

export type FeedbackRow = typeof feedbackMessages.$inferSelect;

export async function insertFeedback(tx: Executor, row: typeof feedbackMessages.$inferInsert) {
  await tx.insert(feedbackMessages).values(row);
}

/** The district's messages received since `since`, newest first (at most 200), to compare a new one against. */
export async function recentFeedback(tx: Executor, since: Date) {
  return tx
    .select({
      id: feedbackMessages.id,
      message: feedbackMessages.message,
      duplicateOf: feedbackMessages.duplicateOf,
    })
    .from(feedbackMessages)
    .where(gte(feedbackMessages.receivedAt, since))
    .orderBy(desc(feedbackMessages.receivedAt))
    .limit(200);
}

export async function findFeedbackByReceipt(tx: Executor, receiptHash: string) {
  const [row] = await tx.select().from(feedbackMessages).where(eq(feedbackMessages.receiptHash, receiptHash));
  return row;
}

export async function findFeedback(tx: Executor, id: string) {
  const [row] = await tx.select().from(feedbackMessages).where(eq(feedbackMessages.id, id));
  return row;
}

/** The district's messages, newest first, with the name of whoever decided each. */
export async function listFeedbackRows(tx: Executor, status: FeedbackStatus | undefined) {
  return tx
    .select({ message: feedbackMessages, decidedByName: users.displayName })
    .from(feedbackMessages)
    .leftJoin(users, eq(users.id, feedbackMessages.decidedBy))
    .where(status ? eq(feedbackMessages.status, status) : undefined)
    .orderBy(desc(feedbackMessages.receivedAt))
    .limit(500);
}

export async function decidedByName(tx: Executor, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}

/** Changes a message if it still has `version`; nothing when someone changed it first. */
export async function updateFeedbackVersioned(
  tx: Executor,
  id: string,
  version: number,
  values: Partial<typeof feedbackMessages.$inferInsert>,
) {
  const [row] = await tx
    .update(feedbackMessages)
    .set({ ...values, version: version + 1 })
    .where(and(eq(feedbackMessages.id, id), eq(feedbackMessages.version, version)))
    .returning();
  return row;
}

/** Answers published on the public page, newest first. */
export async function publishedFeedback(tx: Executor) {
  return tx
    .select({
      about: feedbackMessages.subjectLabel,
      message: feedbackMessages.publicMessage,
      answer: feedbackMessages.answer,
      receivedAt: feedbackMessages.receivedAt,
      decidedAt: feedbackMessages.decidedAt,
    })
    .from(feedbackMessages)
    .where(and(eq(feedbackMessages.isPublished, true), eq(feedbackMessages.status, 'answered')))
    .orderBy(desc(feedbackMessages.decidedAt))
    .limit(100);
}

/** The public projects' codes and names (for the form's choice and a message's subject). */
export async function publicProjects(tx: Executor) {
  return tx
    .select({ id: projects.id, code: projects.code, name: projects.name })
    .from(projects)
    .where(eq(projects.isPublic, true))
    .orderBy(projects.code);
}
