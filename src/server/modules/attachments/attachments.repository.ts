import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AttachmentOwnerKind } from '../../../domain/vocabulary';
import type { Executor } from '../../db/client';
import { attachments, reports, storedFiles, taskRequests } from '../../db/schema';

const meta = {
  id: attachments.id,
  fileId: attachments.fileId,
  thumbnailFileId: attachments.thumbnailFileId,
  kind: attachments.kind,
  unitId: attachments.unitId,
  ownerKind: attachments.ownerKind,
  ownerId: attachments.ownerId,
  createdAt: attachments.createdAt,
  createdBy: attachments.createdBy,
  name: storedFiles.fileName,
  mediaType: storedFiles.mediaType,
  size: storedFiles.size,
};

export type AttachmentRow = Awaited<ReturnType<typeof findAttachment>> & {};

export async function insertAttachment(tx: Executor, values: typeof attachments.$inferInsert): Promise<void> {
  await tx.insert(attachments).values(values);
}

/** The attachment's facts without its bytes. */
export async function findAttachment(tx: Executor, id: string) {
  const [row] = await tx
    .select(meta)
    .from(attachments)
    .innerJoin(storedFiles, eq(storedFiles.id, attachments.fileId))
    .where(eq(attachments.id, id));
  return row;
}

export async function listAttachmentsOf(tx: Executor, ownerKind: AttachmentOwnerKind, ownerId: string) {
  return tx
    .select(meta)
    .from(attachments)
    .innerJoin(storedFiles, eq(storedFiles.id, attachments.fileId))
    .where(and(eq(attachments.ownerKind, ownerKind), eq(attachments.ownerId, ownerId)))
    .orderBy(attachments.createdAt, attachments.id);
}

export async function findAttachments(tx: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select(meta)
    .from(attachments)
    .innerJoin(storedFiles, eq(storedFiles.id, attachments.fileId))
    .where(inArray(attachments.id, ids));
}

export async function loadFileContent(tx: Executor, fileId: string): Promise<Buffer | undefined> {
  const [row] = await tx
    .select({ content: storedFiles.content })
    .from(storedFiles)
    .where(eq(storedFiles.id, fileId));
  return row?.content;
}

/** Attaches unattached attachments to their owner; answers how many changed (a race leaves fewer). */
export async function setOwner(
  tx: Executor,
  ids: string[],
  ownerKind: AttachmentOwnerKind,
  ownerId: string,
): Promise<number> {
  const rows = await tx
    .update(attachments)
    .set({ ownerKind, ownerId })
    .where(and(inArray(attachments.id, ids), sql`${attachments.ownerId} IS NULL`))
    .returning({ id: attachments.id });
  return rows.length;
}

/** Removes an attachment and its bytes (only while unattached: the use case checks). */
export async function deleteAttachmentRow(
  tx: Executor,
  row: { id: string; fileId: string; thumbnailFileId: string | null },
) {
  await tx.delete(attachments).where(eq(attachments.id, row.id));
  const files = [row.fileId, ...(row.thumbnailFileId ? [row.thumbnailFileId] : [])];
  await tx.delete(storedFiles).where(inArray(storedFiles.id, files));
}

export async function taskIdOfReport(tx: Executor, reportId: string): Promise<string | null> {
  const [row] = await tx.select({ taskId: reports.taskId }).from(reports).where(eq(reports.id, reportId));
  return row?.taskId ?? null;
}

export async function taskIdOfRequest(tx: Executor, requestId: string): Promise<string | null> {
  const [row] = await tx
    .select({ taskId: taskRequests.taskId })
    .from(taskRequests)
    .where(eq(taskRequests.id, requestId));
  return row?.taskId ?? null;
}
