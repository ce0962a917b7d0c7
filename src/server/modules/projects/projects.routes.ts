import { z } from 'zod';
import { readUpload } from '../../documents/read-upload';
import { requireActor } from '../../context';
import type { App } from '../../http';
import { baselineProject } from './baseline-project';
import { buildProjectGantt } from './build-project-gantt';
import { correctProjectReport } from './correct-project-report';
import { createProject } from './create-project';
import { deleteProject } from './delete-project';
import { getProject } from './get-project';
import { listProjectLights } from './list-project-lights';
import { listProjectNodes } from './list-project-nodes';
import { listProjectReports } from './list-project-reports';
import { listProjects } from './list-projects';
import { readProjectPhoto } from './read-project-photo';
import { replaceProjectNodes } from './replace-project-nodes';
import { replanProjectNode } from './replan-project-node';
import { reviewProjectReport } from './review-project-report';
import { submitProjectReport } from './submit-project-report';
import { updateProject } from './update-project';
import { uploadProjectPhoto } from './upload-project-photo';
import {
  ZApproveProjectReportBody,
  ZBaselineBody,
  ZCorrectProjectReportBody,
  ZCreateProjectBody,
  ZGantt,
  ZGanttQuery,
  ZListProjectsQuery,
  ZProject,
  ZProjectList,
  ZProjectLights,
  ZProjectLightsQuery,
  ZProjectNode,
  ZProjectNodeParams,
  ZProjectNodes,
  ZProjectParams,
  ZProjectPhoto,
  ZProjectPhotoParams,
  ZProjectReport,
  ZProjectReportParams,
  ZProjectReports,
  ZReplaceNodesBody,
  ZReplanNodeBody,
  ZReturnProjectReportBody,
  ZSubmitProjectReportBody,
  ZUpdateProjectBody,
} from './projects.schemas';

const tags = ['projects'];

export function registerProjectRoutes(app: App): void {
  app.get(
    '/api/v1/projects',
    {
      schema: {
        tags,
        summary: '项目库 List projects',
        querystring: ZListProjectsQuery,
        response: { 200: ZProjectList },
      },
    },
    async (request) => listProjects(requireActor(request.ctx), request.query),
  );
  app.post(
    '/api/v1/projects',
    {
      schema: {
        tags,
        summary: '项目入库 Register a project',
        body: ZCreateProjectBody,
        response: { 201: ZProject },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createProject(requireActor(request.ctx), request.body)),
  );
  app.get(
    '/api/v1/projects/lights',
    {
      schema: {
        tags,
        summary: '项目红黄绿灯 Project lights as of a date',
        querystring: ZProjectLightsQuery,
        response: { 200: ZProjectLights },
      },
    },
    async (request) => listProjectLights(requireActor(request.ctx), request.query.asOf),
  );
  app.get(
    '/api/v1/projects/gantt',
    {
      schema: {
        tags,
        summary: '项目甘特图 Portfolio Gantt',
        querystring: ZGanttQuery,
        response: { 200: ZGantt },
      },
    },
    async (request) => buildProjectGantt(requireActor(request.ctx), request.query),
  );
  app.get(
    '/api/v1/projects/:id',
    {
      schema: {
        tags,
        summary: '项目详情 Read a project',
        params: ZProjectParams,
        response: { 200: ZProject },
      },
    },
    async (request) => getProject(requireActor(request.ctx), request.params.id),
  );
  app.patch(
    '/api/v1/projects/:id',
    {
      schema: {
        tags,
        summary: '修改项目 Edit a project',
        params: ZProjectParams,
        body: ZUpdateProjectBody,
        response: { 200: ZProject },
      },
    },
    async (request) => updateProject(requireActor(request.ctx), request.params.id, request.body),
  );
  app.delete(
    '/api/v1/projects/:id',
    {
      schema: {
        tags,
        summary: '删除项目 Delete a project (谋划, no reports)',
        params: ZProjectParams,
        querystring: z.object({ version: z.coerce.number().int().positive().optional() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteProject(requireActor(request.ctx), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/v1/projects/:id/nodes',
    { schema: { tags, summary: '项目节点 Nodes', params: ZProjectParams, response: { 200: ZProjectNodes } } },
    async (request) => listProjectNodes(requireActor(request.ctx), request.params.id),
  );
  app.put(
    '/api/v1/projects/:id/nodes',
    {
      schema: {
        tags,
        summary: '制定节点计划 Replace the node plan',
        params: ZProjectParams,
        body: ZReplaceNodesBody,
        response: { 200: ZProjectNodes },
      },
    },
    async (request) => replaceProjectNodes(requireActor(request.ctx), request.params.id, request.body),
  );
  app.patch(
    '/api/v1/projects/:id/nodes/:nodeId',
    {
      schema: {
        tags,
        summary: '调整节点计划 Re-plan a node',
        params: ZProjectNodeParams,
        body: ZReplanNodeBody,
        response: { 200: ZProjectNode },
      },
    },
    async (request) =>
      replanProjectNode(requireActor(request.ctx), request.params.id, request.params.nodeId, request.body),
  );
  app.post(
    '/api/v1/projects/:id/baseline',
    {
      schema: {
        tags,
        summary: '确定计划基线 Baseline the node plan',
        params: ZProjectParams,
        body: ZBaselineBody,
        response: { 200: ZProject },
      },
    },
    async (request) => baselineProject(requireActor(request.ctx), request.params.id, request.body),
  );
  app.get(
    '/api/v1/projects/:id/reports',
    {
      schema: {
        tags,
        summary: '月度进展 Reports',
        params: ZProjectParams,
        response: { 200: ZProjectReports },
      },
    },
    async (request) => listProjectReports(requireActor(request.ctx), request.params.id),
  );
  app.post(
    '/api/v1/projects/:id/reports',
    {
      schema: {
        tags,
        summary: '填报月度进展 Report a month',
        params: ZProjectParams,
        body: ZSubmitProjectReportBody,
        response: { 201: ZProjectReport },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await submitProjectReport(requireActor(request.ctx), request.params.id, request.body)),
  );
  app.patch(
    '/api/v1/projects/:id/reports/:reportId',
    {
      schema: {
        tags,
        summary: '修改月度进展 Correct a report',
        params: ZProjectReportParams,
        body: ZCorrectProjectReportBody,
        response: { 200: ZProjectReport },
      },
    },
    async (request) =>
      correctProjectReport(
        requireActor(request.ctx),
        request.params.id,
        request.params.reportId,
        request.body,
      ),
  );
  app.post(
    '/api/v1/projects/:id/reports/:reportId/approve',
    {
      schema: {
        tags,
        summary: '审核通过 Approve a report',
        params: ZProjectReportParams,
        body: ZApproveProjectReportBody,
        response: { 200: ZProjectReport },
      },
    },
    async (request) =>
      reviewProjectReport(
        requireActor(request.ctx),
        request.params.id,
        request.params.reportId,
        'approve',
        request.body,
      ),
  );
  app.post(
    '/api/v1/projects/:id/reports/:reportId/return',
    {
      schema: {
        tags,
        summary: '退回 Return a report',
        params: ZProjectReportParams,
        body: ZReturnProjectReportBody,
        response: { 200: ZProjectReport },
      },
    },
    async (request) =>
      reviewProjectReport(
        requireActor(request.ctx),
        request.params.id,
        request.params.reportId,
        'return',
        request.body,
      ),
  );
  app.post(
    '/api/v1/projects/:id/photos',
    {
      schema: {
        tags,
        summary: '上传项目照片 Upload a photo (multipart: file; JPEG/PNG/WebP, ≤ 10 MiB)',
        consumes: ['multipart/form-data'],
        params: ZProjectParams,
        response: { 201: ZProjectPhoto },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await uploadProjectPhoto(requireActor(request.ctx), request.params.id, () => readUpload(request)),
        ),
  );
  app.get(
    '/api/v1/projects/:id/photos/:photoId',
    { schema: { tags, summary: '项目照片 A photo', params: ZProjectPhotoParams } },
    async (request, reply) => {
      const photo = await readProjectPhoto(
        requireActor(request.ctx),
        request.params.id,
        request.params.photoId,
      );
      return reply
        .type(photo.contentType)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, max-age=3600')
        .header(
          'content-disposition',
          `inline; filename="photo"; filename*=UTF-8''${encodeURIComponent(photo.name)}`,
        )
        .send(photo.content);
    },
  );
}
