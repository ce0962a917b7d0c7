import { z } from 'zod';
import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { createSurvey } from './create-survey';
import { getSurvey } from './get-survey';
import { getSurveyResults } from './get-survey-results';
import { listSurveyAnswers } from './list-survey-answers';
import { listSurveyCodes } from './list-survey-codes';
import { listSurveys } from './list-surveys';
import { makeSurveyCodes } from './make-survey-codes';
import { moveSurvey } from './move-survey';
import { recordPhoneAnswer } from './record-phone-answer';
import {
  ZMakeCodesBody,
  ZMoveSurveyBody,
  ZPhoneAnswerBody,
  ZSurvey,
  ZSurveyAnswer,
  ZSurveyAnswers,
  ZSurveyBody,
  ZSurveyCodes,
  ZSurveyCodesQuery,
  ZSurveyResults,
  ZUpdateSurveyBody,
  ZVoidAnswerBody,
} from './surveys.schemas';
import { updateSurvey } from './update-survey';
import { voidSurveyAnswer } from './void-survey-answer';

/** 满意度测评 inside: the office builds and runs surveys, makes codes, records phone answers, voids answers. */
export function registerSurveyRoutes(app: App): void {
  const tags = ['surveys'];
  app.get(
    '/api/v1/surveys',
    {
      schema: {
        tags,
        summary: '满意度测评 Surveys',
        response: { 200: z.object({ items: z.array(ZSurvey) }) },
      },
    },
    async (request) => ({ items: await listSurveys(requireActor(request.ctx)) }),
  );
  app.post(
    '/api/v1/surveys',
    {
      schema: {
        tags,
        summary: '新建测评 Create a survey (draft)',
        body: ZSurveyBody,
        response: { 201: ZSurvey },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSurvey(requireActor(request.ctx), request.body)),
  );
  app.get(
    '/api/v1/surveys/:id',
    { schema: { tags, summary: '测评 A survey', params: ZIdParams, response: { 200: ZSurvey } } },
    async (request) => getSurvey(requireActor(request.ctx), request.params.id),
  );
  app.put(
    '/api/v1/surveys/:id',
    {
      schema: {
        tags,
        summary: '修改测评 Change a draft survey',
        params: ZIdParams,
        body: ZUpdateSurveyBody,
        response: { 200: ZSurvey },
      },
    },
    async (request) => updateSurvey(requireActor(request.ctx), request.params.id, request.body),
  );
  app.post(
    '/api/v1/surveys/:id/status',
    {
      schema: {
        tags,
        summary: '开始或结束测评 Open or close a survey',
        params: ZIdParams,
        body: ZMoveSurveyBody,
        response: { 200: ZSurvey },
      },
    },
    async (request) => moveSurvey(requireActor(request.ctx), request.params.id, request.body),
  );
  app.post(
    '/api/v1/surveys/:id/codes',
    {
      schema: {
        tags,
        summary: '生成测评码 Make one-time codes',
        params: ZIdParams,
        body: ZMakeCodesBody,
        response: { 201: ZSurveyCodes },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .header('cache-control', 'no-store')
        .send({ items: await makeSurveyCodes(requireActor(request.ctx), request.params.id, request.body) }),
  );
  app.get(
    '/api/v1/surveys/:id/codes',
    {
      schema: {
        tags,
        summary: '测评码（打印、电话回访） Codes for cards and phone follow-up',
        params: ZIdParams,
        querystring: ZSurveyCodesQuery,
        response: { 200: ZSurveyCodes },
      },
    },
    async (request, reply) =>
      reply.header('cache-control', 'no-store').send({
        items: await listSurveyCodes(
          requireActor(request.ctx),
          request.params.id,
          request.query.unused === 'true',
        ),
      }),
  );
  app.get(
    '/api/v1/surveys/:id/results',
    {
      schema: {
        tags,
        summary: '测评结果 Results per subject and question',
        params: ZIdParams,
        response: { 200: ZSurveyResults },
      },
    },
    async (request) => getSurveyResults(requireActor(request.ctx), request.params.id),
  );
  app.get(
    '/api/v1/surveys/:id/answers',
    {
      schema: { tags, summary: '答卷 Answers', params: ZIdParams, response: { 200: ZSurveyAnswers } },
    },
    async (request) => ({ items: await listSurveyAnswers(requireActor(request.ctx), request.params.id) }),
  );
  app.post(
    '/api/v1/surveys/:id/answers',
    {
      schema: {
        tags,
        summary: '电话回访录入 Record an answer given by phone',
        params: ZIdParams,
        body: ZPhoneAnswerBody,
        response: { 201: ZSurveyAnswer },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordPhoneAnswer(requireActor(request.ctx), request.params.id, request.body)),
  );
  app.post(
    '/api/v1/survey-answers/:id/void',
    {
      schema: {
        tags,
        summary: '作废答卷 Void an answer with a reason',
        params: ZIdParams,
        body: ZVoidAnswerBody,
        response: { 200: ZSurveyAnswer },
      },
    },
    async (request) => voidSurveyAnswer(requireActor(request.ctx), request.params.id, request.body),
  );
}
