/** Typed client of 配合单位分报 (shapes in src/server/modules/shares/shares.schemas.ts). */

import type { z } from 'zod';
import type {
  TDueShares,
  TTaskShare,
  TTaskShareList,
  ZReturnShareBody,
  ZSubmitShareBody,
} from '../../../src/server/modules/shares/shares.schemas';
import { api } from './client';

export type TaskShare = TTaskShare;
export type TaskShareList = TTaskShareList;
export type DueShares = TDueShares;
export type SubmitShareBody = z.input<typeof ZSubmitShareBody>;
export type ReturnShareBody = z.input<typeof ZReturnShareBody>;

export const sharesApi = {
  list: (taskId: string, period?: string, signal?: AbortSignal) =>
    api.get<TaskShareList>(`/tasks/${taskId}/shares`, { period }, signal),
  submit: (taskId: string, body: SubmitShareBody) => api.post<TaskShare>(`/tasks/${taskId}/shares`, body),
  return: (taskId: string, shareId: string, body: ReturnShareBody) =>
    api.post<TaskShare>(`/tasks/${taskId}/shares/${shareId}/return`, body),
  due: (signal?: AbortSignal) => api.get<DueShares>('/shares/due', undefined, signal),
};
