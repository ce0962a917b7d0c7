import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { fileAppeal } from './file-appeal';
import { getPublication } from './get-publication';
import { listAppeals } from './list-appeals';
import { publishResults } from './publish-results';
import { ruleAppeal } from './rule-appeal';
import { updatePublication } from './update-publication';
import {
  ZAppeal,
  ZAppealList,
  ZAppealRulingBody,
  ZFileAppealBody,
  ZPublication,
  ZPublicationUpdateBody,
  ZPublishBody,
  ZYearParams,
  ZYearQuery,
} from './appeals.schemas';

const tags = ['assessment-appeals'];

/** 公示与申诉: publishing a finalized year for a window, appeals against it, and the office's rulings. */
export function registerAppealRoutes(app: App): void {
  app.get(
    '/api/v1/assessment/results/:year/publication',
    {
      schema: {
        tags,
        summary: '考核结果公示 The year’s publication and window',
        params: ZYearParams,
        response: { 200: ZPublication },
      },
    },
    async (request) => getPublication(requireActor(request.ctx), request.params.year),
  );
  app.post(
    '/api/v1/assessment/results/:year/publication',
    {
      schema: {
        tags,
        summary: '公示 Publish the finalized results for the appeal window',
        params: ZYearParams,
        body: ZPublishBody,
        response: { 201: ZPublication },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await publishResults(requireActor(request.ctx), request.params.year, request.body)),
  );
  app.patch(
    '/api/v1/assessment/results/:year/publication',
    {
      schema: {
        tags,
        summary: '公开或撤下 Show the published results on the public pages, or not',
        params: ZYearParams,
        body: ZPublicationUpdateBody,
        response: { 200: ZPublication },
      },
    },
    async (request) => updatePublication(requireActor(request.ctx), request.params.year, request.body),
  );
  app.get(
    '/api/v1/assessment/appeals',
    {
      schema: {
        tags,
        summary: '考核申诉 Appeals of a year',
        querystring: ZYearQuery,
        response: { 200: ZAppealList },
      },
    },
    async (request) => listAppeals(requireActor(request.ctx), request.query.year),
  );
  app.post(
    '/api/v1/assessment/appeals',
    {
      schema: {
        tags,
        summary: '申诉 A unit appeals a component, deduction or veto of its result',
        body: ZFileAppealBody,
        response: { 201: ZAppeal },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await fileAppeal(requireActor(request.ctx), request.body)),
  );
  app.post(
    '/api/v1/assessment/appeals/:id/ruling',
    {
      schema: {
        tags,
        summary: '复核 The office rules: upheld, partly upheld or rejected',
        params: ZIdParams,
        body: ZAppealRulingBody,
        response: { 200: ZAppeal },
      },
    },
    async (request) => ruleAppeal(requireActor(request.ctx), request.params.id, request.body),
  );
}
