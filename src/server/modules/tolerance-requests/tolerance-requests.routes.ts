import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { fileToleranceRequest } from './file-tolerance-request';
import { findToleranceRequest } from './find-tolerance-request';
import { listToleranceRequests } from './list-tolerance-requests';
import { prepareToleranceRequest } from './prepare-tolerance-request';
import { ruleToleranceRequest } from './rule-tolerance-request';
import {
  ZFileToleranceBody,
  ZPrepareToleranceBody,
  ZToleranceRequest,
  ZToleranceRequestList,
  ZToleranceRulingBody,
} from './tolerance-requests.schemas';

const tags = ['tolerance-requests'];

export function registerToleranceRequestRoutes(app: App): void {
  app.get(
    '/api/v1/tolerance-requests',
    {
      schema: { tags, summary: '容错纠错申请 Tolerance requests', response: { 200: ZToleranceRequestList } },
    },
    async (request) => listToleranceRequests(requireActor(request.ctx)),
  );
  app.post(
    '/api/v1/tolerance-requests',
    {
      schema: {
        tags,
        summary: '提出容错纠错申请 File a tolerance request (unit)',
        body: ZFileToleranceBody,
        response: { 201: ZToleranceRequest },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await fileToleranceRequest(requireActor(request.ctx), request.body)),
  );
  app.get(
    '/api/v1/tolerance-requests/:id',
    {
      schema: {
        tags,
        summary: '容错纠错申请 A tolerance request',
        params: ZIdParams,
        response: { 200: ZToleranceRequest },
      },
    },
    async (request) => findToleranceRequest(requireActor(request.ctx), request.params.id),
  );
  app.post(
    '/api/v1/tolerance-requests/:id/prepare',
    {
      schema: {
        tags,
        summary: '审核 The office prepares a request with its opinion',
        params: ZIdParams,
        body: ZPrepareToleranceBody,
        response: { 200: ZToleranceRequest },
      },
    },
    async (request) => prepareToleranceRequest(requireActor(request.ctx), request.params.id, request.body),
  );
  app.post(
    '/api/v1/tolerance-requests/:id/ruling',
    {
      schema: {
        tags,
        summary: '认定 A district leader rules for the committee: granted, partly granted or refused',
        params: ZIdParams,
        body: ZToleranceRulingBody,
        response: { 200: ZToleranceRequest },
      },
    },
    async (request) => ruleToleranceRequest(requireActor(request.ctx), request.params.id, request.body),
  );
}
