import { requireActor } from '../../context';
import { readUpload } from '../../documents/read-upload';
import { ZIdParams, type App } from '../../http';
import { blockerStats } from './blocker-stats';
import {
  ZBlockerDetail,
  ZBlockerFile,
  ZBlockerFileParams,
  ZBlockerList,
  ZBlockerListQuery,
  ZBlockerStats,
  ZCloseBody,
  ZConfirmBody,
  ZCreateBlockerBody,
  ZEscalateBody,
  ZRejectBody,
  ZResolveBody,
} from './blockers.schemas';
import { closeBlocker } from './close-blocker';
import { confirmBlocker } from './confirm-blocker';
import { createBlocker } from './create-blocker';
import { escalateBlocker } from './escalate-blocker';
import { exportBlockers } from './export-blockers';
import { getBlocker } from './get-blocker';
import { listBlockers } from './list-blockers';
import { readBlockerFile } from './read-blocker-file';
import { resolveBlocker } from './resolve-blocker';
import { uploadBlockerFile } from './upload-blocker-file';

const tags = ['blockers'];
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerBlockerRoutes(app: App): void {
  app.get(
    '/api/v1/blockers',
    {
      schema: {
        tags,
        summary:
          '堵点台账 Blockers (filters kind, level, status, ownerUnitId, leaderId, projectId, taskId, minAgeDays)',
        querystring: ZBlockerListQuery,
        response: { 200: ZBlockerList },
      },
    },
    async (request) => listBlockers(requireActor(request.ctx), request.query),
  );
  app.post(
    '/api/v1/blockers',
    {
      schema: {
        tags,
        summary: '提出堵点 Raise a blocker on a project or task',
        body: ZCreateBlockerBody,
        response: { 201: ZBlockerDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createBlocker(requireActor(request.ctx), request.body)),
  );
  app.get(
    '/api/v1/blockers/stats',
    {
      schema: {
        tags,
        summary: '堵点统计 Live blockers per kind, level and leader',
        querystring: ZBlockerListQuery,
        response: { 200: ZBlockerStats },
      },
    },
    async (request) => blockerStats(requireActor(request.ctx), request.query),
  );
  app.get(
    '/api/v1/blockers/export.xlsx',
    {
      schema: { tags, summary: '导出堵点台账 The filtered ledger as .xlsx', querystring: ZBlockerListQuery },
    },
    async (request, reply) => {
      const { bytes, fileName } = await exportBlockers(requireActor(request.ctx), request.query);
      return reply
        .type(xlsxType)
        .header(
          'content-disposition',
          `attachment; filename="blockers.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        )
        .send(bytes);
    },
  );
  app.get(
    '/api/v1/blockers/:id',
    {
      schema: {
        tags,
        summary: '堵点详情 A blocker with its history and files',
        params: ZIdParams,
        response: { 200: ZBlockerDetail },
      },
    },
    async (request) => getBlocker(requireActor(request.ctx), request.params.id),
  );
  app.post(
    '/api/v1/blockers/:id/escalate',
    {
      schema: {
        tags,
        summary: '提前上交 Escalate one level now, with a reason',
        params: ZIdParams,
        body: ZEscalateBody,
        response: { 200: ZBlockerDetail },
      },
    },
    async (request) => escalateBlocker(requireActor(request.ctx), request.params.id, request.body),
  );
  app.post(
    '/api/v1/blockers/:id/resolve',
    {
      schema: {
        tags,
        summary: '办结 The owner says what was done (awaits the raising unit)',
        params: ZIdParams,
        body: ZResolveBody,
        response: { 200: ZBlockerDetail },
      },
    },
    async (request) => resolveBlocker(requireActor(request.ctx), request.params.id, request.body),
  );
  app.post(
    '/api/v1/blockers/:id/confirm',
    {
      schema: {
        tags,
        summary: '确认解决 The raising unit confirms the resolution',
        params: ZIdParams,
        body: ZConfirmBody,
        response: { 200: ZBlockerDetail },
      },
    },
    async (request) =>
      confirmBlocker(requireActor(request.ctx), request.params.id, { decision: 'confirm', ...request.body }),
  );
  app.post(
    '/api/v1/blockers/:id/reject',
    {
      schema: {
        tags,
        summary: '退回办结 The raising unit rejects the resolution, with a reason',
        params: ZIdParams,
        body: ZRejectBody,
        response: { 200: ZBlockerDetail },
      },
    },
    async (request) =>
      confirmBlocker(requireActor(request.ctx), request.params.id, { decision: 'reject', ...request.body }),
  );
  app.post(
    '/api/v1/blockers/:id/close',
    {
      schema: {
        tags,
        summary: '关闭 Close without resolution, with a reason (office)',
        params: ZIdParams,
        body: ZCloseBody,
        response: { 200: ZBlockerDetail },
      },
    },
    async (request) => closeBlocker(requireActor(request.ctx), request.params.id, request.body),
  );
  app.post(
    '/api/v1/blockers/:id/files',
    {
      schema: {
        tags,
        summary: '上传佐证 Upload evidence (multipart: file; JPEG/PNG/WebP/PDF, ≤ 10 MiB)',
        consumes: ['multipart/form-data'],
        params: ZIdParams,
        response: { 201: ZBlockerFile },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await uploadBlockerFile(requireActor(request.ctx), request.params.id, () => readUpload(request)),
        ),
  );
  app.get(
    '/api/v1/blockers/:id/files/:fileId',
    { schema: { tags, summary: '佐证文件 An evidence file', params: ZBlockerFileParams } },
    async (request, reply) => {
      const file = await readBlockerFile(requireActor(request.ctx), request.params.id, request.params.fileId);
      return reply
        .type(file.contentType)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, max-age=3600')
        .header(
          'content-disposition',
          `inline; filename="file"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        )
        .send(file.content);
    },
  );
}
