/** Typed client of evidence attachments (shapes in src/server/modules/attachments/attachments.schemas.ts). */
import type {
  TAttachment,
  TAttachmentList,
} from '../../../src/server/modules/attachments/attachments.schemas';
import type { AttachmentOwnerKind } from '../../../src/domain/vocabulary';
import { API_BASE, api, upload } from './client';

export type Attachment = TAttachment;

const enc = encodeURIComponent;

export const attachmentsApi = {
  /** Uploads one file; it belongs to the uploader's unit until a flow attaches it (by its id). */
  upload: (file: File, onProgress?: (percent: number) => void) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return upload<Attachment>('/attachments', form, onProgress);
  },
  list: (ownerKind: AttachmentOwnerKind, ownerId: string, signal?: AbortSignal) =>
    api.get<TAttachmentList>('/attachments', { ownerKind, ownerId }, signal),
  /** Withdraws an upload not yet attached (the server refuses once it is evidence). */
  remove: (id: string) => api.delete<void>(`/attachments/${enc(id)}`),
  /** Addresses for <a href> and <img src>: the session cookie goes with them. */
  fileUrl: (id: string) => `${API_BASE}/attachments/${enc(id)}`,
  thumbnailUrl: (id: string) => `${API_BASE}/attachments/${enc(id)}/thumbnail`,
};
