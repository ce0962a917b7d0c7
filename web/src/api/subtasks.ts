/** Typed client of 一级抓一级 (shapes in src/server/modules/subtasks/subtasks.schemas.ts). */

import type { z } from 'zod';
import type {
  TMySubtaskList,
  TSubtask,
  TSubtaskTree,
  ZCreateSubtaskBody,
  ZUpdateSubtaskBody,
} from '../../../src/server/modules/subtasks/subtasks.schemas';
import { api } from './client';
import type { Task } from './types';

export type Subtask = TSubtask;
export type SubtaskTree = TSubtaskTree;
export type MySubtaskList = TMySubtaskList;
export type MySubtask = MySubtaskList['items'][number];
export type CreateSubtaskBody = z.input<typeof ZCreateSubtaskBody>;
export type UpdateSubtaskBody = z.input<typeof ZUpdateSubtaskBody>;

export const subtasksApi = {
  tree: (taskId: string, signal?: AbortSignal) =>
    api.get<SubtaskTree>(`/tasks/${taskId}/subtasks`, undefined, signal),
  mine: () => api.get<MySubtaskList>('/subtasks/mine'),
  create: (taskId: string, body: CreateSubtaskBody) => api.post<Subtask>(`/tasks/${taskId}/subtasks`, body),
  update: (id: string, body: UpdateSubtaskBody) => api.patch<Subtask>(`/subtasks/${id}`, body),
  remove: (id: string) => api.delete<null>(`/subtasks/${id}`),
  setResponsible: (taskId: string, body: { userId: string | null; version: number }) =>
    api.put<Task>(`/tasks/${taskId}/responsible-user`, body),
};
