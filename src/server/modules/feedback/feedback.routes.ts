import { z } from 'zod';
import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { answerFeedback } from './answer-feedback';
import { closeFeedback } from './close-feedback';
import {
  ZAnswerFeedbackBody,
  ZCloseFeedbackBody,
  ZFeedback,
  ZFeedbackCaseBody,
  ZFeedbackCaseResult,
  ZFeedbackQuery,
} from './feedback.schemas';
import { listFeedback } from './list-feedback';
import { openFeedbackCase } from './open-feedback-case';

/** 社情民意 inside: the office's review of public messages (a case, an answer, or closed), all audited. */
export function registerFeedbackRoutes(app: App): void {
  const tags = ['feedback'];
  app.get(
    '/api/v1/feedback',
    {
      schema: {
        tags,
        summary: '社情民意 Public messages',
        querystring: ZFeedbackQuery,
        response: { 200: z.object({ items: z.array(ZFeedback) }) },
      },
    },
    async (request) => ({ items: await listFeedback(requireActor(request.ctx), request.query.status) }),
  );
  app.post(
    '/api/v1/feedback/:id/case',
    {
      schema: {
        tags,
        summary: '转为督办件 Turn a message into a supervision case',
        params: ZIdParams,
        body: ZFeedbackCaseBody,
        response: { 201: ZFeedbackCaseResult },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await openFeedbackCase(requireActor(request.ctx), request.params.id, request.body)),
  );
  app.post(
    '/api/v1/feedback/:id/answer',
    {
      schema: {
        tags,
        summary: '答复 Answer a message (and publish the answer)',
        params: ZIdParams,
        body: ZAnswerFeedbackBody,
        response: { 200: ZFeedback },
      },
    },
    async (request) => answerFeedback(requireActor(request.ctx), request.params.id, request.body),
  );
  app.post(
    '/api/v1/feedback/:id/close',
    {
      schema: {
        tags,
        summary: '不予受理 Close a message as not actionable',
        params: ZIdParams,
        body: ZCloseFeedbackBody,
        response: { 200: ZFeedback },
      },
    },
    async (request) => closeFeedback(requireActor(request.ctx), request.params.id, request.body),
  );
}
