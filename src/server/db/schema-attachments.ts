/** Drizzle table of evidence attachments (0037); the bytes are in stored_files. */
import { sql } from 'drizzle-orm';
import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { attachmentKinds, attachmentOwnerKinds } from '../../domain/vocabulary';
import { ts } from './schema-columns';

export const attachments = pgTable('attachments', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  fileId: uuid('file_id').notNull(),
  thumbnailFileId: uuid('thumbnail_file_id'),
  kind: text('kind', { enum: attachmentKinds }).notNull(),
  unitId: uuid('unit_id'),
  ownerKind: text('owner_kind', { enum: attachmentOwnerKinds }),
  ownerId: uuid('owner_id'),
  createdAt: ts('created_at')
    .notNull()
    .default(sql`now()`),
  createdBy: uuid('created_by').notNull(),
});
