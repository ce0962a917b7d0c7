import { z } from 'zod';
import { requireActor } from '../../context';
import type { App } from '../../http';
import { ZDeadlineQuery, ZInstructionItem } from './case-deadlines.schemas';
import { listInstructionsDue } from './list-instructions-due';

export function registerCaseDeadlineRoutes(app: App): void {
  app.get(
    '/api/v1/instructions',
    {
      schema: {
        tags: ['instructions'],
        summary: '领导批示办理情况 Instructions with due dates',
        querystring: ZDeadlineQuery,
        response: { 200: z.object({ items: z.array(ZInstructionItem) }) },
      },
    },
    async (request) => ({ items: await listInstructionsDue(requireActor(request.ctx), request.query) }),
  );
}
