import { z } from 'zod';
import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { createInstruction } from './create-instruction';
import { ZCreateInstructionBody, ZInstruction, ZInstructionBody } from './instructions.schemas';
import { listInstructions } from './list-instructions';
import { replyInstruction } from './reply-instruction';

export function registerInstructionRoutes(app: App): void {
  app.post(
    '/api/v1/tasks/:id/instructions',
    {
      schema: {
        tags: ['instructions'],
        summary: '领导批示 Write an instruction',
        params: ZIdParams,
        body: ZCreateInstructionBody,
        response: { 201: ZInstruction },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createInstruction(requireActor(request.ctx), request.params.id, request.body)),
  );
  app.get(
    '/api/v1/tasks/:id/instructions',
    {
      schema: {
        tags: ['instructions'],
        summary: '任务的批示 Instructions of a task',
        params: ZIdParams,
        response: { 200: z.object({ items: z.array(ZInstruction) }) },
      },
    },
    async (request) => ({ items: await listInstructions(requireActor(request.ctx), request.params.id) }),
  );
  app.post(
    '/api/v1/instructions/:id/replies',
    {
      schema: {
        tags: ['instructions'],
        summary: '回复批示 Answer an instruction',
        params: ZIdParams,
        body: ZInstructionBody,
        response: { 201: ZInstruction },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await replyInstruction(requireActor(request.ctx), request.params.id, request.body.text)),
  );
}
