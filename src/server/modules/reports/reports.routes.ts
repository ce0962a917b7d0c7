import { z } from 'zod';
import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { listTaskReports, reviewQueue } from './list-reports';
import { ZTaskIdsBody } from '../tasks/tasks.schemas';
import {
  ZPeriod,
  ZReport,
  ZReportList,
  ZReviewReportBody,
  ZSubmitReportBody,
  ZReviewQueue,
} from './reports.schemas';
import { submitUnchangedReports } from './submit-unchanged-reports';
import { reviewReport } from './review-report';
import { signReport } from './sign-report';
import { submitReport } from './submit-report';

export function registerReportRoutes(app: App): void {
  app.post(
    '/api/v1/tasks/:id/reports',
    {
      schema: {
        tags: ['reports'],
        summary: '填报进展 Submit a progress report',
        params: ZIdParams,
        body: ZSubmitReportBody,
        response: { 201: ZReport },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitReport(requireActor(request.ctx), request.params.id, request.body)),
  );
  app.post(
    '/api/v1/reports/unchanged',
    {
      schema: {
        tags: ['reports'],
        summary:
          '本期无变化 Report a period for many tasks, carrying the last approved figures forward (all or none)',
        body: ZTaskIdsBody.extend({ period: ZPeriod }),
        response: { 201: z.object({ items: z.array(ZReport) }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ items: await submitUnchangedReports(requireActor(request.ctx), request.body) }),
  );
  app.get(
    '/api/v1/tasks/:id/reports',
    {
      schema: {
        tags: ['reports'],
        summary: '进展记录 Reports of a task',
        params: ZIdParams,
        response: { 200: ZReportList },
      },
    },
    async (request) => ({ items: await listTaskReports(requireActor(request.ctx), request.params.id) }),
  );
  app.post(
    '/api/v1/reports/:id/sign',
    {
      schema: {
        tags: ['reports'],
        summary: '单位负责人审签 Sign off',
        params: ZIdParams,
        response: { 200: ZReport },
      },
    },
    async (request) => signReport(requireActor(request.ctx), request.params.id),
  );
  app.post(
    '/api/v1/reports/:id/review',
    {
      schema: {
        tags: ['reports'],
        summary: '审核 Approve or return',
        params: ZIdParams,
        body: ZReviewReportBody,
        response: { 200: ZReport },
      },
    },
    async (request) => reviewReport(requireActor(request.ctx), request.params.id, request.body),
  );
  app.get(
    '/api/v1/reports/review-queue',
    {
      schema: {
        tags: ['reports'],
        summary: '待审核 Review queue',
        response: {
          200: ZReviewQueue,
        },
      },
    },
    async (request) => ({ items: await reviewQueue(requireActor(request.ctx)) }),
  );
}
