/**
 * Typed client of 社情民意 (public messages), 公开设置 (which tasks of a decision are public), 民生实事 marks
 * and bulletins' public versions (公开版通报).
 */
import type { z } from 'zod';
import type {
  ZAnswerFeedbackBody,
  ZCloseFeedbackBody,
  ZFeedback,
  ZFeedbackCaseBody,
  ZFeedbackCaseResult,
} from '../../../src/server/modules/feedback/feedback.schemas';
import type {
  ZDecisionDisclosure,
  ZDisclosureBody,
} from '../../../src/server/modules/public-disclosure/public-disclosure.schemas';
import type {
  ZLivelihoodBody,
  ZTaskLivelihood,
} from '../../../src/server/modules/livelihood/livelihood.schemas';
import type {
  ZBulletinPublicBody,
  ZBulletinPublicVersion,
} from '../../../src/server/modules/public-bulletins/public-bulletins.schemas';
import { api } from './client';

export { feedbackStatuses as FEEDBACK_STATUSES, type FeedbackStatus } from '../../../src/domain/vocabulary';
export { publicScopes as PUBLIC_SCOPES, type PublicScope } from '../../../src/domain/public-feedback';

export type Feedback = z.infer<typeof ZFeedback>;
export type FeedbackCaseBody = z.input<typeof ZFeedbackCaseBody>;
export type FeedbackCaseResult = z.infer<typeof ZFeedbackCaseResult>;
export type AnswerFeedbackBody = z.input<typeof ZAnswerFeedbackBody>;
export type CloseFeedbackBody = z.input<typeof ZCloseFeedbackBody>;
export type DecisionDisclosure = z.infer<typeof ZDecisionDisclosure>;
export type DisclosureBody = z.input<typeof ZDisclosureBody>;
export type TaskLivelihood = z.infer<typeof ZTaskLivelihood>;
export type LivelihoodBody = z.input<typeof ZLivelihoodBody>;
export type BulletinPublicVersion = z.infer<typeof ZBulletinPublicVersion>;
export type BulletinPublicBody = z.input<typeof ZBulletinPublicBody>;

const enc = encodeURIComponent;

export const feedbackApi = {
  list: (status: string | undefined, signal?: AbortSignal) =>
    api.get<{ items: Feedback[] }>('/feedback', status ? { status } : undefined, signal),
  openCase: (id: string, body: FeedbackCaseBody) =>
    api.post<FeedbackCaseResult>(`/feedback/${enc(id)}/case`, body),
  answer: (id: string, body: AnswerFeedbackBody) => api.post<Feedback>(`/feedback/${enc(id)}/answer`, body),
  close: (id: string, body: CloseFeedbackBody) => api.post<Feedback>(`/feedback/${enc(id)}/close`, body),
};

export const disclosureApi = {
  get: (decisionId: string, signal?: AbortSignal) =>
    api.get<DecisionDisclosure>(`/decisions/${enc(decisionId)}/disclosure`, undefined, signal),
  save: (decisionId: string, body: DisclosureBody) =>
    api.put<DecisionDisclosure>(`/decisions/${enc(decisionId)}/disclosure`, body),
};

export const livelihoodApi = {
  set: (taskId: string, body: LivelihoodBody) =>
    api.put<TaskLivelihood>(`/tasks/${enc(taskId)}/livelihood`, body),
};

export const bulletinPublicApi = {
  get: (bulletinId: string, signal?: AbortSignal) =>
    api.get<BulletinPublicVersion>(`/bulletins/${enc(bulletinId)}/public`, undefined, signal),
  save: (bulletinId: string, body: BulletinPublicBody) =>
    api.put<BulletinPublicVersion>(`/bulletins/${enc(bulletinId)}/public`, body),
};
