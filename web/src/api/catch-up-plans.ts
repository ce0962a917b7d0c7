/** Typed client of 赶超措施 (shapes in src/server/modules/catch-up-plans/catch-up-plans.schemas.ts). */

import type { z } from 'zod';
import type {
  TCatchUpPlan,
  TCatchUpPlanList,
  ZReviewPlanBody,
  ZSubmitPlanBody,
} from '../../../src/server/modules/catch-up-plans/catch-up-plans.schemas';
import { api } from './client';

export type CatchUpPlan = TCatchUpPlan;
export type CatchUpPlanList = TCatchUpPlanList;
export type SubmitPlanBody = z.input<typeof ZSubmitPlanBody>;
export type ReviewPlanBody = z.input<typeof ZReviewPlanBody>;

export const catchUpPlansApi = {
  list: (taskId: string) => api.get<CatchUpPlanList>(`/tasks/${taskId}/catch-up-plans`),
  submit: (taskId: string, body: SubmitPlanBody) =>
    api.post<CatchUpPlan>(`/tasks/${taskId}/catch-up-plans`, body),
  review: (planId: string, body: ReviewPlanBody) =>
    api.post<CatchUpPlan>(`/catch-up-plans/${planId}/review`, body),
};
