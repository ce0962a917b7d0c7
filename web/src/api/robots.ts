/** Typed client of 群机器人 (/api/v1/robots; shapes in src/server/modules/robots/robots.schemas.ts). */

import type { z } from 'zod';
import type {
  TRobot,
  TRobotTestResult,
  ZCreateRobotBody,
  ZRobotList,
  ZUpdateRobotBody,
} from '../../../src/server/modules/robots/robots.schemas';
import { api } from './client';

export type Robot = TRobot;
export type RobotList = z.infer<typeof ZRobotList>;
export type RobotTestResult = TRobotTestResult;
export type CreateRobotBody = z.input<typeof ZCreateRobotBody>;
export type UpdateRobotBody = z.input<typeof ZUpdateRobotBody>;

export const robotsApi = {
  list: () => api.get<RobotList>('/robots'),
  create: (body: CreateRobotBody) => api.post<Robot>('/robots', body),
  update: (id: string, body: UpdateRobotBody) => api.patch<Robot>(`/robots/${id}`, body),
  testSend: (id: string) => api.post<RobotTestResult>(`/robots/${id}/test`),
};
