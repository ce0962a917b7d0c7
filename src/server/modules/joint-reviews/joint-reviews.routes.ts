import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { answerJointReviewItem } from './answer-joint-review-item';
import { getJointReview } from './get-joint-review';
import {
  ZAnswerItemBody,
  ZJointReview,
  ZJointReviewItemParams,
  ZJointReviewList,
  ZListJointReviewsQuery,
  ZOpenJointReviewBody,
} from './joint-reviews.schemas';
import { listJointReviews } from './list-joint-reviews';
import { openJointReview } from './open-joint-review';

export function registerJointReviewRoutes(app: App): void {
  app.get(
    '/api/v1/joint-reviews',
    {
      schema: {
        tags: ['joint-reviews'],
        summary: '联审联批 Joint reviews (filters: projectId, status, unitId, overdue)',
        querystring: ZListJointReviewsQuery,
        response: { 200: ZJointReviewList },
      },
    },
    async (request) => listJointReviews(requireActor(request.ctx), request.query),
  );
  app.post(
    '/api/v1/joint-reviews',
    {
      schema: {
        tags: ['joint-reviews'],
        summary: '发起联审 Open a joint review (office)',
        body: ZOpenJointReviewBody,
        response: { 201: ZJointReview },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await openJointReview(requireActor(request.ctx), request.body)),
  );
  app.get(
    '/api/v1/joint-reviews/:id',
    {
      schema: {
        tags: ['joint-reviews'],
        summary: '联审详情 A joint review with every department’s item',
        params: ZIdParams,
        response: { 200: ZJointReview },
      },
    },
    async (request) => getJointReview(requireActor(request.ctx), request.params.id),
  );
  app.post(
    '/api/v1/joint-reviews/:id/items/:itemId/answer',
    {
      schema: {
        tags: ['joint-reviews'],
        summary: '部门答复 A department answers its item',
        params: ZJointReviewItemParams,
        body: ZAnswerItemBody,
        response: { 200: ZJointReview },
      },
    },
    async (request) =>
      answerJointReviewItem(
        requireActor(request.ctx),
        request.params.id,
        request.params.itemId,
        request.body,
      ),
  );
}
