import { z } from 'zod';
import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { decideAchievement } from './decide-achievement';
import { declareAchievement } from './declare-achievement';
import { listAchievements } from './list-achievements';
import { updateAchievement } from './update-achievement';
import {
  ZAchievement,
  ZAchievementQuery,
  ZCreateAchievementBody,
  ZCreateEntryBody,
  ZEntry,
  ZFinalizeBody,
  ZRejectAchievementBody,
  ZResultsVersionQuery,
  ZUpdateAchievementBody,
  ZVerifyAchievementBody,
  ZYear,
} from './assessment.schemas';
import { createEntry } from './create-entry';
import { listEntries } from './list-entries';
import { verifyEntry } from './verify-entry';
import { exportResults, resultsDocument } from './results-documents';
import { finalizeResults } from './finalize-results';
import { computeResults, loadResults } from './load-results';
import { loadUnitResult } from './load-unit-result';
import { summarizeResults } from './summarize-results';
import { listSchemes } from './list-schemes';
import { publishScheme } from './publish-scheme';
import { saveScheme } from './save-scheme';

const tags = ['assessment'];
// The result is the engine's shape (domain/assessment/result.ts); it is validated there, passed through here.
const ZResult = z.record(z.string(), z.unknown());
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
// RFC 5987: an ASCII fallback name, and the Chinese name percent-encoded in UTF-8.
const attachment = (fallback: string, fileName: string) =>
  `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

export function registerAssessmentRoutes(app: App): void {
  app.get(
    '/api/v1/assessment/schemes',
    {
      schema: {
        tags,
        summary: '考核方案 Schemes of a year',
        querystring: z.object({ year: ZYear }),
        response: { 200: z.object({ items: z.array(z.record(z.string(), z.unknown())) }) },
      },
    },
    async (request) => ({ items: await listSchemes(requireActor(request.ctx), request.query.year) }),
  );
  app.post(
    '/api/v1/assessment/schemes',
    {
      schema: {
        tags,
        summary: '保存方案草稿 Save a draft scheme',
        body: z.strictObject({ year: ZYear, scheme: z.record(z.string(), z.unknown()) }),
        response: { 201: z.record(z.string(), z.unknown()) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await saveScheme(requireActor(request.ctx), request.body.year, request.body.scheme)),
  );
  app.post(
    '/api/v1/assessment/schemes/:id/publish',
    {
      schema: {
        tags,
        summary: '发布方案 Publish (freeze) a scheme',
        params: ZIdParams,
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async (request) => publishScheme(requireActor(request.ctx), request.params.id),
  );
  app.post(
    '/api/v1/assessment/preview',
    {
      schema: {
        tags,
        summary: '方案预览 Rank with a draft scheme',
        body: z.strictObject({
          year: ZYear,
          asOf: z.iso.date().optional(),
          scheme: z.record(z.string(), z.unknown()),
        }),
        response: { 200: ZResult },
      },
    },
    // The draft's whole result with its evidence: the office compares schemes, there is no per-unit route
    // for a draft.
    async (request) =>
      (
        await loadResults(
          requireActor(request.ctx),
          { year: request.body.year, asOf: request.body.asOf },
          request.body.scheme,
        )
      ).result,
  );
  app.get(
    '/api/v1/assessment/entries',
    {
      schema: {
        tags,
        summary: '考核录入 Entries of a year',
        querystring: z.object({ year: ZYear }),
        response: { 200: z.object({ items: z.array(ZEntry) }) },
      },
    },
    async (request) => ({ items: await listEntries(requireActor(request.ctx), request.query.year) }),
  );
  app.post(
    '/api/v1/assessment/entries',
    {
      schema: {
        tags,
        summary: '录入 Enter a score, honour or veto',
        body: ZCreateEntryBody,
        response: { 201: ZEntry },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createEntry(requireActor(request.ctx), request.body)),
  );
  app.post(
    '/api/v1/assessment/entries/:id/verify',
    { schema: { tags, summary: '核实 Verify an entry', params: ZIdParams, response: { 200: ZEntry } } },
    async (request) => verifyEntry(requireActor(request.ctx), request.params.id),
  );
  app.get(
    '/api/v1/assessment/results',
    {
      schema: {
        tags,
        summary: '考核结果 Results (live; ?version=N the frozen snapshot)',
        querystring: ZResultsVersionQuery,
        response: { 200: ZResult },
      },
    },
    async (request) => computeResults(requireActor(request.ctx), request.query),
  );
  app.get(
    '/api/v1/assessment/results/units/:id',
    {
      schema: {
        tags,
        summary: "单位得分明细 A unit's breakdown with its evidence (same query as the results)",
        params: ZIdParams,
        querystring: ZResultsVersionQuery,
        response: { 200: ZResult },
      },
    },
    async (request) => loadUnitResult(requireActor(request.ctx), request.params.id, request.query),
  );
  app.get(
    '/api/v1/assessment/results/export',
    { schema: { tags, summary: '导出考核结果 The result table (.xlsx)', querystring: ZResultsVersionQuery } },
    async (request, reply) => {
      const { fileName, bytes } = await exportResults(requireActor(request.ctx), request.query);
      return reply
        .type(xlsxType)
        .header('content-disposition', attachment(`assessment-${request.query.year}.xlsx`, fileName))
        .send(bytes);
    },
  );
  app.get(
    '/api/v1/assessment/results/document',
    { schema: { tags, summary: '考核结果 Word 文档 The report (.docx)', querystring: ZResultsVersionQuery } },
    async (request, reply) => {
      const { fileName, bytes } = await resultsDocument(requireActor(request.ctx), request.query);
      return reply
        .type(docxType)
        .header('content-disposition', attachment(`assessment-${request.query.year}.docx`, fileName))
        .send(bytes);
    },
  );
  app.get(
    '/api/v1/assessment/achievements',
    {
      schema: {
        tags,
        summary: '个人政绩申报 Achievement declarations',
        querystring: ZAchievementQuery,
        response: { 200: z.object({ items: z.array(ZAchievement) }) },
      },
    },
    async (request) => ({ items: await listAchievements(requireActor(request.ctx), request.query) }),
  );
  app.post(
    '/api/v1/assessment/achievements',
    {
      schema: {
        tags,
        summary: '申报政绩 Declare an achievement',
        body: ZCreateAchievementBody,
        response: { 201: ZAchievement },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await declareAchievement(requireActor(request.ctx), request.body)),
  );
  app.patch(
    '/api/v1/assessment/achievements/:id',
    {
      schema: {
        tags,
        summary: '修改申报 Edit a declared achievement',
        params: ZIdParams,
        body: ZUpdateAchievementBody,
        response: { 200: ZAchievement },
      },
    },
    async (request) => updateAchievement(requireActor(request.ctx), request.params.id, request.body),
  );
  app.post(
    '/api/v1/assessment/achievements/:id/verify',
    {
      schema: {
        tags,
        summary: '核实政绩 Verify an achievement',
        params: ZIdParams,
        body: ZVerifyAchievementBody,
        response: { 200: ZAchievement },
      },
    },
    async (request) =>
      decideAchievement(requireActor(request.ctx), request.params.id, 'verify', request.body),
  );
  app.post(
    '/api/v1/assessment/achievements/:id/reject',
    {
      schema: {
        tags,
        summary: '退回政绩 Reject an achievement',
        params: ZIdParams,
        body: ZRejectAchievementBody,
        response: { 200: ZAchievement },
      },
    },
    async (request) =>
      decideAchievement(requireActor(request.ctx), request.params.id, 'reject', request.body),
  );
  app.post(
    '/api/v1/assessment/results/:year/finalize',
    {
      schema: {
        tags,
        summary: '定稿 Finalize the year',
        params: z.strictObject({ year: ZYear }),
        body: ZFinalizeBody,
        response: { 200: ZResult },
      },
    },
    async (request) =>
      summarizeResults(await finalizeResults(requireActor(request.ctx), request.params.year, request.body)),
  );
}
