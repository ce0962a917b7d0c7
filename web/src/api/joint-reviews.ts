/** Typed client of 联审联批 (shapes in src/server/modules/joint-reviews/joint-reviews.schemas.ts). */

import type { z } from 'zod';
import type {
  TJointReview,
  TJointReviewItem,
  TJointReviewList,
  TJointReviewSummary,
  ZAnswerItemBody,
  ZOpenJointReviewBody,
} from '../../../src/server/modules/joint-reviews/joint-reviews.schemas';
import { api, type Query } from './client';

export type JointReview = TJointReview;
export type JointReviewItem = TJointReviewItem;
export type JointReviewSummary = TJointReviewSummary;
export type JointReviewList = TJointReviewList;
export type OpenJointReviewBody = z.input<typeof ZOpenJointReviewBody>;
export type AnswerItemBody = z.input<typeof ZAnswerItemBody>;

const enc = encodeURIComponent;

export const jointReviewsApi = {
  list: (filter: Query, signal?: AbortSignal) => api.get<JointReviewList>('/joint-reviews', filter, signal),
  get: (id: string, signal?: AbortSignal) =>
    api.get<JointReview>(`/joint-reviews/${enc(id)}`, undefined, signal),
  open: (body: OpenJointReviewBody) => api.post<JointReview>('/joint-reviews', body),
  answer: (id: string, itemId: string, body: AnswerItemBody) =>
    api.post<JointReview>(`/joint-reviews/${enc(id)}/items/${enc(itemId)}/answer`, body),
};
