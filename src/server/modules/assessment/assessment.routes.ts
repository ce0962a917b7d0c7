import { z } from 'zod';
import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { ZCreateEntryBody, ZEntry, ZFinalizeBody, ZResultsQuery, ZYear } from './assessment.schemas';
import { createEntry, listEntries, verifyEntry } from './entries';
import { computeResults, finalizeResults } from './results';
import { listSchemes, publishScheme, saveScheme } from './schemes';

const tags = ['assessment'];
// The result is the engine's shape (domain/assessment/result.ts); it is validated there, passed through here.
const ZResult = z.record(z.string(), z.unknown());

export function registerAssessmentRoutes(app: App): void {
  app.get(
    '/api/v1/assessment/schemes',
    { schema: { tags, summary: '考核方案 Schemes of a year', querystring: z.object({ year: ZYear }), response: { 200: z.object({ items: z.array(z.record(z.string(), z.unknown())) }) } } },
    async (request) => ({ items: await listSchemes(requireActor(request.ctx), request.query.year) }),
  );
  app.post(
    '/api/v1/assessment/schemes',
    { schema: { tags, summary: '保存方案草稿 Save a draft scheme', body: z.strictObject({ year: ZYear, scheme: z.record(z.string(), z.unknown()) }), response: { 201: z.record(z.string(), z.unknown()) } } },
    async (request, reply) => reply.status(201).send(await saveScheme(requireActor(request.ctx), request.body.year, request.body.scheme)),
  );
  app.post(
    '/api/v1/assessment/schemes/:id/publish',
    { schema: { tags, summary: '发布方案 Publish (freeze) a scheme', params: ZIdParams, response: { 200: z.record(z.string(), z.unknown()) } } },
    async (request) => publishScheme(requireActor(request.ctx), request.params.id),
  );
  app.post(
    '/api/v1/assessment/preview',
    { schema: { tags, summary: '方案预览 Rank with a draft scheme', body: z.strictObject({ year: ZYear, asOf: z.iso.date().optional(), scheme: z.record(z.string(), z.unknown()) }), response: { 200: ZResult } } },
    async (request) => computeResults(requireActor(request.ctx), request.body.year, request.body.asOf, request.body.scheme),
  );
  app.get(
    '/api/v1/assessment/entries',
    { schema: { tags, summary: '考核录入 Entries of a year', querystring: z.object({ year: ZYear }), response: { 200: z.object({ items: z.array(ZEntry) }) } } },
    async (request) => ({ items: await listEntries(requireActor(request.ctx), request.query.year) }),
  );
  app.post(
    '/api/v1/assessment/entries',
    { schema: { tags, summary: '录入 Enter a score, honour or veto', body: ZCreateEntryBody, response: { 201: ZEntry } } },
    async (request, reply) => reply.status(201).send(await createEntry(requireActor(request.ctx), request.body)),
  );
  app.post(
    '/api/v1/assessment/entries/:id/verify',
    { schema: { tags, summary: '核实 Verify an entry', params: ZIdParams, response: { 200: ZEntry } } },
    async (request) => verifyEntry(requireActor(request.ctx), request.params.id),
  );
  app.get(
    '/api/v1/assessment/results',
    { schema: { tags, summary: '考核结果 Results (live preview until finalized)', querystring: ZResultsQuery, response: { 200: ZResult } } },
    async (request) => computeResults(requireActor(request.ctx), request.query.year, request.query.asOf),
  );
  app.post(
    '/api/v1/assessment/results/:year/finalize',
    { schema: { tags, summary: '定稿 Finalize the year', params: z.strictObject({ year: ZYear }), body: ZFinalizeBody, response: { 200: ZResult } } },
    async (request) => finalizeResults(requireActor(request.ctx), request.params.year, request.body),
  );
}
