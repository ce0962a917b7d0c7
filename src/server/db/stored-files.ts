import { createHash } from 'node:crypto';
import type { storedFiles } from './schema';

/**
 * The stored_files row of some bytes: size and SHA-256 computed here, once for every upload path (decision
 * documents aside, which keep their own), so that no caller can store a hash that does not match its content.
 */
export function storedFileRow(f: {
  id: string;
  tenantId: string;
  fileName: string;
  mediaType: string;
  content: Buffer;
  createdAt: Date;
  createdBy: string;
}): typeof storedFiles.$inferInsert {
  return { ...f, size: f.content.length, sha256: createHash('sha256').update(f.content).digest('hex') };
}
