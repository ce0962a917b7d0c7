/** Typed client of 验收 (shapes in src/server/modules/acceptance/acceptance.schemas.ts). */
import type { z } from 'zod';
import type {
  TAcceptance,
  ZAcceptanceDecisionBody,
} from '../../../src/server/modules/acceptance/acceptance.schemas';
import type { ZCompletionRequestBody } from '../../../src/server/modules/requests/requests.schemas';
import { api } from './client';

export type Acceptance = TAcceptance;
export type AcceptanceRequest = TAcceptance['requests'][number];
export type AcceptanceDecisionBody = z.input<typeof ZAcceptanceDecisionBody>;
export type AcceptanceRequestBody = z.input<typeof ZCompletionRequestBody>;

const path = (taskId: string) => `/tasks/${encodeURIComponent(taskId)}/acceptance`;

export const acceptanceApi = {
  get: (taskId: string, signal?: AbortSignal) => api.get<Acceptance>(path(taskId), undefined, signal),
  /** 申请验收: the lead unit asks with its summary and evidence (uploaded first). */
  request: (taskId: string, body: AcceptanceRequestBody) => api.post<Acceptance>(path(taskId), body),
  /** 通过 / 附意见通过 / 退回补充 (the office; the lead leader by setting). */
  decide: (taskId: string, body: AcceptanceDecisionBody) =>
    api.post<Acceptance>(`${path(taskId)}/decision`, body),
};
