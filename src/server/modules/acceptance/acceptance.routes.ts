import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { createRequest } from '../requests/create-request';
import { ZCompletionRequestBody } from '../requests/requests.schemas';
import { ZAcceptance, ZAcceptanceDecisionBody } from './acceptance.schemas';
import { decideAcceptance } from './decide-acceptance';
import { getAcceptance } from './get-acceptance';

const tags = ['acceptance'];

export function registerAcceptanceRoutes(app: App): void {
  app.get(
    '/api/v1/tasks/:id/acceptance',
    {
      schema: {
        tags,
        summary: '验收 The acceptance record of a task',
        params: ZIdParams,
        response: { 200: ZAcceptance },
      },
    },
    async (request) => getAcceptance(requireActor(request.ctx), request.params.id),
  );
  app.post(
    '/api/v1/tasks/:id/acceptance',
    {
      schema: {
        tags,
        summary: '申请验收 Ask for acceptance with evidence (lead unit)',
        params: ZIdParams,
        body: ZCompletionRequestBody,
        response: { 201: ZAcceptance },
      },
    },
    async (request, reply) => {
      const ctx = requireActor(request.ctx);
      await createRequest(ctx, request.params.id, { kind: 'completion', ...request.body });
      return reply.status(201).send(await getAcceptance(ctx, request.params.id));
    },
  );
  app.post(
    '/api/v1/tasks/:id/acceptance/decision',
    {
      schema: {
        tags,
        summary: '验收结论 Accept, accept with remarks, or return (office; the lead leader by setting)',
        params: ZIdParams,
        body: ZAcceptanceDecisionBody,
        response: { 200: ZAcceptance },
      },
    },
    async (request) => decideAcceptance(requireActor(request.ctx), request.params.id, request.body),
  );
}
