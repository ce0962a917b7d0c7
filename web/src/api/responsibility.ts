/**
 * Typed client of 落实到单位 (the ledger drawer's co-unit shares and target shares) and 配合评价 (shapes in
 * src/server/modules/tasks/tasks.schemas.ts and src/server/modules/shares/shares.schemas.ts).
 */

import type { z } from 'zod';
import type { TCooperationRatings, ZPutRatingsBody } from '../../../src/server/modules/shares/shares.schemas';
import type { TTaskResponsibility } from '../../../src/server/modules/tasks/tasks.schemas';
import { api } from './client';

export type TaskResponsibility = TTaskResponsibility;
export type CooperationRatings = TCooperationRatings;
export type PutRatingsBody = z.input<typeof ZPutRatingsBody>;

const taskPath = (id: string) => `/tasks/${encodeURIComponent(id)}`;

export const responsibilityApi = {
  ofTask: (taskId: string, signal?: AbortSignal) =>
    api.get<TaskResponsibility>(`${taskPath(taskId)}/responsibility`, undefined, signal),
  ratings: (taskId: string, year?: number, signal?: AbortSignal) =>
    api.get<CooperationRatings>(`${taskPath(taskId)}/cooperation-ratings`, { year }, signal),
  rate: (taskId: string, body: PutRatingsBody) =>
    api.put<CooperationRatings>(`${taskPath(taskId)}/cooperation-ratings`, body),
};
