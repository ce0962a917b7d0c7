import { z } from 'zod';
import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { ZDeadlineQuery } from '../case-deadlines/case-deadlines.schemas';
import { actOnRectification } from './act-on-rectification';
import { answerCase } from './answer-case';
import { decideCase } from './decide-case';
import { getCase, listCases } from './list-cases';
import { listMeasures, listRectifications } from './list-supervision';
import { openCase } from './open-case';
import { recordInspection } from './record-inspection';
import { recordMeasure } from './record-measure';
import {
  ZAccountabilityBody,
  ZAnswerCaseBody,
  ZCase,
  ZDecideCaseBody,
  ZInspectionBody,
  ZInterviewBody,
  ZOpenCaseBody,
  ZRecord,
  ZRectification,
  ZSubmitRectificationBody,
  ZVerifyRectificationBody,
} from './supervision.schemas';

export function registerSupervisionRoutes(app: App): void {
  const tags = ['supervision'];
  app.get(
    '/api/v1/cases',
    {
      schema: {
        tags,
        summary: '督办件 Cases',
        querystring: ZDeadlineQuery,
        response: { 200: z.object({ items: z.array(ZCase) }) },
      },
    },
    async (request) => ({
      items: await listCases(requireActor(request.ctx), request.query),
    }),
  );
  app.post(
    '/api/v1/cases',
    { schema: { tags, summary: '立督办件 Open a case', body: ZOpenCaseBody, response: { 201: ZCase } } },
    async (request, reply) => reply.status(201).send(await openCase(requireActor(request.ctx), request.body)),
  );
  app.get(
    '/api/v1/cases/:id',
    { schema: { tags, summary: '督办件详情 Case', params: ZIdParams, response: { 200: ZCase } } },
    async (request) => getCase(requireActor(request.ctx), request.params.id),
  );
  app.post(
    '/api/v1/cases/:id/answer',
    {
      schema: {
        tags,
        summary: '答复 Answer',
        params: ZIdParams,
        body: ZAnswerCaseBody,
        response: { 200: ZCase },
      },
    },
    async (request) =>
      answerCase(
        requireActor(request.ctx),
        request.params.id,
        request.body.answer,
        request.body.attachmentIds,
      ),
  );
  app.post(
    '/api/v1/cases/:id/decide',
    {
      schema: {
        tags,
        summary: '办结/退回/升级 Close, send back, escalate',
        params: ZIdParams,
        body: ZDecideCaseBody,
        response: { 200: ZCase },
      },
    },
    async (request) => decideCase(requireActor(request.ctx), request.params.id, request.body),
  );
  app.post(
    '/api/v1/inspections',
    {
      schema: {
        tags,
        summary: '实地督查 Record an inspection',
        body: ZInspectionBody,
        response: { 201: z.object({ id: z.string(), rectifications: z.array(ZRectification) }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordInspection(requireActor(request.ctx), request.body)),
  );
  app.get(
    '/api/v1/rectifications',
    {
      schema: {
        tags,
        summary: '整改 Rectifications',
        querystring: ZDeadlineQuery,
        response: { 200: z.object({ items: z.array(ZRectification) }) },
      },
    },
    async (request) => ({
      items: await listRectifications(requireActor(request.ctx), request.query),
    }),
  );
  app.post(
    '/api/v1/rectifications/:id/submit',
    {
      schema: {
        tags,
        summary: '提交整改 Submit',
        params: ZIdParams,
        body: ZSubmitRectificationBody,
        response: { 200: ZRectification },
      },
    },
    async (request) =>
      actOnRectification(requireActor(request.ctx), request.params.id, { action: 'submit', ...request.body }),
  );
  app.post(
    '/api/v1/rectifications/:id/verify',
    {
      schema: {
        tags,
        summary: '销号/退回 Verify or reject',
        params: ZIdParams,
        body: ZVerifyRectificationBody,
        response: { 200: ZRectification },
      },
    },
    async (request) =>
      actOnRectification(requireActor(request.ctx), request.params.id, {
        action: request.body.decision,
        comment: request.body.comment,
        version: request.body.version,
      }),
  );
  for (const kind of ['interview', 'accountability'] as const) {
    const url = kind === 'interview' ? '/api/v1/interviews' : '/api/v1/accountability';
    app.get(
      url,
      {
        schema: {
          tags,
          summary: kind === 'interview' ? '约谈 Interviews' : '问责 Accountability',
          response: { 200: z.object({ items: z.array(ZRecord) }) },
        },
      },
      async (request) => ({
        items: await listMeasures(requireActor(request.ctx), kind),
      }),
    );
  }
  app.post(
    '/api/v1/interviews',
    {
      schema: {
        tags,
        summary: '记录约谈 Record an interview',
        body: ZInterviewBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordMeasure(requireActor(request.ctx), { kind: 'interview', ...request.body })),
  );
  app.post(
    '/api/v1/accountability',
    {
      schema: {
        tags,
        summary: '记录问责 Record an accountability action',
        body: ZAccountabilityBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordMeasure(requireActor(request.ctx), { kind: 'accountability', ...request.body })),
  );
}
