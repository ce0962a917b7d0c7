import { requireActor } from '../../context';
import { readUpload } from '../../documents/read-upload';
import { ZIdParams, type App } from '../../http';
import { z } from 'zod';
import { ZTask } from '../tasks/tasks.schemas';
import { createDecision } from './create-decision';
import { createDecisionFromUpload } from './create-decision-from-upload';
import { deleteDecision } from './delete-decision';
import {
  ZCreateDecisionBody,
  ZDecisionDetail,
  ZDecisionList,
  ZExtractResult,
  ZImportResult,
  ZListDecisionsQuery,
  ZMergeDraftsBody,
  ZPublishResult,
  ZUpdateDecisionBody,
} from './decisions.schemas';
import { draftFromSection } from './draft-from-section';
import { extractDecision } from './extract-decision';
import { getDecision, listDecisions } from './get-decision';
import { importLedger } from './import-ledger';
import { mergeDrafts } from './merge-drafts';
import { publishDecision } from './publish-decision';
import { updateDecision } from './update-decision';

export function registerDecisionRoutes(app: App): void {
  app.get(
    '/api/v1/decisions',
    {
      schema: {
        tags: ['decisions'],
        summary: '决策部署列表 List decisions',
        querystring: ZListDecisionsQuery,
        response: { 200: ZDecisionList },
      },
    },
    async (request) => listDecisions(requireActor(request.ctx), request.query),
  );
  app.post(
    '/api/v1/decisions',
    {
      schema: {
        tags: ['decisions'],
        summary: '新建决策部署 Create a decision',
        body: ZCreateDecisionBody,
        response: { 201: ZDecisionDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createDecision(requireActor(request.ctx), request.body)),
  );
  app.post(
    '/api/v1/decisions/upload',
    {
      schema: {
        tags: ['decisions'],
        summary:
          '上传文件新建决策部署 Create a decision from a .docx/.txt (multipart: file, title, kind, date, source)',
        consumes: ['multipart/form-data'],
        response: { 201: ZDecisionDetail },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createDecisionFromUpload(requireActor(request.ctx), () => readUpload(request))),
  );
  app.get(
    '/api/v1/decisions/:id',
    {
      schema: {
        tags: ['decisions'],
        summary: '决策部署详情 Get a decision',
        params: ZIdParams,
        response: { 200: ZDecisionDetail },
      },
    },
    async (request) => getDecision(requireActor(request.ctx), request.params.id),
  );
  app.patch(
    '/api/v1/decisions/:id',
    {
      schema: {
        tags: ['decisions'],
        summary: '修改决策部署 Update a decision',
        params: ZIdParams,
        body: ZUpdateDecisionBody,
        response: { 200: ZDecisionDetail },
      },
    },
    async (request) => updateDecision(requireActor(request.ctx), request.params.id, request.body),
  );
  app.delete(
    '/api/v1/decisions/:id',
    {
      schema: {
        tags: ['decisions'],
        summary: '删除决策部署 Delete a decision without published tasks (its drafts too)',
        params: ZIdParams,
        querystring: z.object({ version: z.coerce.number().int().positive() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteDecision(requireActor(request.ctx), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/v1/decisions/:id/extract',
    {
      schema: {
        tags: ['decisions'],
        summary: '生成任务草稿 Extract draft tasks',
        params: ZIdParams,
        response: { 200: ZExtractResult },
      },
    },
    async (request) => extractDecision(requireActor(request.ctx), request.params.id),
  );
  app.post(
    '/api/v1/decisions/:id/sections/:sectionId/draft',
    {
      schema: {
        tags: ['decisions'],
        summary: '回顾部分转为任务 Make a draft of a review section the extractor skipped',
        params: z.strictObject({ id: z.uuid(), sectionId: z.string().min(1).max(20) }),
        response: { 201: ZTask },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await draftFromSection(requireActor(request.ctx), request.params.id, request.params.sectionId)),
  );
  app.post(
    '/api/v1/decisions/:id/publish',
    {
      schema: {
        tags: ['decisions'],
        summary: '下发任务清单 Publish all drafts',
        params: ZIdParams,
        response: { 200: ZPublishResult },
      },
    },
    async (request) => publishDecision(requireActor(request.ctx), request.params.id),
  );
  app.post(
    '/api/v1/decisions/:id/import',
    {
      schema: {
        tags: ['decisions'],
        summary: '导入台账 Import a ledger sheet (.xlsx, multipart: file)',
        params: ZIdParams,
        consumes: ['multipart/form-data'],
        response: { 201: ZImportResult },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await importLedger(requireActor(request.ctx), request.params.id, () => readUpload(request))),
  );
  app.post(
    '/api/v1/decisions/:id/drafts/merge',
    {
      schema: {
        tags: ['decisions'],
        summary: '合并草稿 Merge drafts of the decision into the first (text joined, targets kept)',
        params: ZIdParams,
        body: ZMergeDraftsBody,
        response: { 200: ZTask },
      },
    },
    async (request) => mergeDrafts(requireActor(request.ctx), request.params.id, request.body),
  );
}
