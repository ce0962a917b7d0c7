/**
 * Typed client of issue 16's bulletin and tolerance routes: publishing a bulletin, its praise and criticism
 * (src/server/modules/bulletins/bulletin-remarks.schemas.ts) and 容错纠错 requests
 * (src/server/modules/tolerance-requests/tolerance-requests.schemas.ts).
 */
import type { z } from 'zod';
import type {
  TBulletinRemark,
  TBulletinRemarkList,
  ZAddRemarkBody,
} from '../../../src/server/modules/bulletins/bulletin-remarks.schemas';
import type {
  TToleranceRequest,
  TToleranceRequestList,
  ZFileToleranceBody,
  ZPrepareToleranceBody,
  ZToleranceRulingBody,
} from '../../../src/server/modules/tolerance-requests/tolerance-requests.schemas';
import { api } from './client';

export type BulletinRemark = TBulletinRemark;
export type BulletinRemarkList = TBulletinRemarkList;
export type AddRemarkBody = z.input<typeof ZAddRemarkBody>;
export type ToleranceRequest = TToleranceRequest;
export type ToleranceRequestList = TToleranceRequestList;
export type FileToleranceBody = z.input<typeof ZFileToleranceBody>;
export type PrepareToleranceBody = z.input<typeof ZPrepareToleranceBody>;
export type ToleranceRulingBody = z.input<typeof ZToleranceRulingBody>;

const enc = encodeURIComponent;

export const bulletinRemarksApi = {
  list: (bulletinId: string) => api.get<BulletinRemarkList>(`/bulletins/${enc(bulletinId)}/remarks`),
  add: (bulletinId: string, body: AddRemarkBody) =>
    api.post<BulletinRemark>(`/bulletins/${enc(bulletinId)}/remarks`, body),
  remove: (bulletinId: string, remarkId: string) =>
    api.delete<void>(`/bulletins/${enc(bulletinId)}/remarks/${enc(remarkId)}`),
  publish: (bulletinId: string) => api.post<{ id: string }>(`/bulletins/${enc(bulletinId)}/publish`, {}),
};

export const toleranceApi = {
  list: (signal?: AbortSignal) => api.get<ToleranceRequestList>('/tolerance-requests', undefined, signal),
  get: (id: string) => api.get<ToleranceRequest>(`/tolerance-requests/${enc(id)}`),
  file: (body: FileToleranceBody) => api.post<ToleranceRequest>('/tolerance-requests', body),
  prepare: (id: string, body: PrepareToleranceBody) =>
    api.post<ToleranceRequest>(`/tolerance-requests/${enc(id)}/prepare`, body),
  rule: (id: string, body: ToleranceRulingBody) =>
    api.post<ToleranceRequest>(`/tolerance-requests/${enc(id)}/ruling`, body),
};
