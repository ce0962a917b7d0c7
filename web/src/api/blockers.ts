/** Typed client of 堵点 (shapes in src/server/modules/blockers/blockers.schemas.ts). */

import type { z } from 'zod';
import type {
  TBlocker,
  TBlockerDetail,
  TBlockerFile,
  TBlockerList,
  TBlockerStats,
  ZCreateBlockerBody,
} from '../../../src/server/modules/blockers/blockers.schemas';
import { api, download, upload, type Query } from './client';

export type Blocker = TBlocker;
export type BlockerDetail = TBlockerDetail;
export type BlockerList = TBlockerList;
export type BlockerStats = TBlockerStats;
export type BlockerFile = TBlockerFile;
export type CreateBlockerBody = z.input<typeof ZCreateBlockerBody>;

const enc = encodeURIComponent;

export const blockersApi = {
  list: (query: Query, signal?: AbortSignal) => api.get<BlockerList>('/blockers', query, signal),
  stats: (query: Query, signal?: AbortSignal) => api.get<BlockerStats>('/blockers/stats', query, signal),
  get: (id: string, signal?: AbortSignal) =>
    api.get<BlockerDetail>(`/blockers/${enc(id)}`, undefined, signal),
  create: (body: CreateBlockerBody) => api.post<BlockerDetail>('/blockers', body),
  escalate: (id: string, body: { reason: string; version: number }) =>
    api.post<BlockerDetail>(`/blockers/${enc(id)}/escalate`, body),
  resolve: (id: string, body: { resolution: string; version: number }) =>
    api.post<BlockerDetail>(`/blockers/${enc(id)}/resolve`, body),
  confirm: (id: string, body: { version: number }) =>
    api.post<BlockerDetail>(`/blockers/${enc(id)}/confirm`, body),
  reject: (id: string, body: { reason: string; version: number }) =>
    api.post<BlockerDetail>(`/blockers/${enc(id)}/reject`, body),
  close: (id: string, body: { reason: string; version: number }) =>
    api.post<BlockerDetail>(`/blockers/${enc(id)}/close`, body),
  uploadFile: (id: string, file: File, onProgress?: (percent: number) => void) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return upload<BlockerFile>(`/blockers/${enc(id)}/files`, form, onProgress);
  },
  fileUrl: (id: string, fileId: string) => `/api/v1/blockers/${enc(id)}/files/${enc(fileId)}`,
  exportList: (filter: Query) => download('/blockers/export.xlsx', filter),
};
