import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { ZCatchUpPlan, ZCatchUpPlanList, ZReviewPlanBody, ZSubmitPlanBody } from './catch-up-plans.schemas';
import { listCatchUpPlans } from './list-catch-up-plans';
import { reviewCatchUpPlan } from './review-catch-up-plan';
import { submitCatchUpPlan } from './submit-catch-up-plan';

export function registerCatchUpPlanRoutes(app: App): void {
  app.get(
    '/api/v1/tasks/:id/catch-up-plans',
    {
      schema: {
        tags: ['catch-up-plans'],
        summary: '赶超措施 Catch-up plans of a task',
        params: ZIdParams,
        response: { 200: ZCatchUpPlanList },
      },
    },
    async (request) => listCatchUpPlans(requireActor(request.ctx), request.params.id),
  );
  app.post(
    '/api/v1/tasks/:id/catch-up-plans',
    {
      schema: {
        tags: ['catch-up-plans'],
        summary: '报送赶超措施 Send a catch-up plan (lead unit)',
        params: ZIdParams,
        body: ZSubmitPlanBody,
        response: { 201: ZCatchUpPlan },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await submitCatchUpPlan(requireActor(request.ctx), request.params.id, request.body)),
  );
  app.post(
    '/api/v1/catch-up-plans/:id/review',
    {
      schema: {
        tags: ['catch-up-plans'],
        summary: '审核赶超措施 Approve or return a catch-up plan (office)',
        params: ZIdParams,
        body: ZReviewPlanBody,
        response: { 200: ZCatchUpPlan },
      },
    },
    async (request) => reviewCatchUpPlan(requireActor(request.ctx), request.params.id, request.body),
  );
}
