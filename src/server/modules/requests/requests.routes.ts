import { z } from 'zod';
import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { createRequest } from './create-request';
import { decideRequest } from './decide-request';
import { listTaskRequests, pendingRequests } from './list-requests';
import {
  ZCompletionRequestBody,
  ZDecideRequestBody,
  ZExtensionRequestBody,
  ZTaskRequest,
} from './requests.schemas';

export function registerRequestRoutes(app: App): void {
  app.post(
    '/api/v1/tasks/:id/extension-requests',
    {
      schema: {
        tags: ['requests'],
        summary: '延期申请 Ask for an extension',
        params: ZIdParams,
        body: ZExtensionRequestBody,
        response: { 201: ZTaskRequest },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await createRequest(requireActor(request.ctx), request.params.id, {
          kind: 'extension',
          ...request.body,
        }),
      ),
  );
  app.post(
    '/api/v1/tasks/:id/completion-requests',
    {
      schema: {
        tags: ['requests'],
        summary: '办结申请 Ask to complete',
        params: ZIdParams,
        body: ZCompletionRequestBody,
        response: { 201: ZTaskRequest },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await createRequest(requireActor(request.ctx), request.params.id, {
          kind: 'completion',
          ...request.body,
        }),
      ),
  );
  app.get(
    '/api/v1/tasks/:id/requests',
    {
      schema: {
        tags: ['requests'],
        summary: '任务的申请 Requests of a task',
        params: ZIdParams,
        response: { 200: z.object({ items: z.array(ZTaskRequest) }) },
      },
    },
    async (request) => ({ items: await listTaskRequests(requireActor(request.ctx), request.params.id) }),
  );
  app.get(
    '/api/v1/requests/pending',
    {
      schema: {
        tags: ['requests'],
        summary: '待审批申请 Pending requests',
        response: { 200: z.object({ items: z.array(ZTaskRequest) }) },
      },
    },
    async (request) => ({ items: await pendingRequests(requireActor(request.ctx)) }),
  );
  app.post(
    '/api/v1/requests/:id/decide',
    {
      schema: {
        tags: ['requests'],
        summary: '审批申请 Decide a request',
        params: ZIdParams,
        body: ZDecideRequestBody,
        response: { 200: ZTaskRequest },
      },
    },
    async (request) => decideRequest(requireActor(request.ctx), request.params.id, request.body),
  );
}
