import { z } from 'zod';
import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { acceptTask } from './accept-task';
import { acceptTasks } from './accept-tasks';
import { bulkUpdateTasks } from './bulk-update-tasks';
import { changeTaskStatus } from './change-task-status';
import { completeMilestone } from './complete-milestone';
import { replaceMilestones } from './replace-milestones';
import { createTask } from './create-task';
import { deleteTask } from './delete-task';
import { exportLedger } from './export-ledger';
import { listLeaders } from './leaders';
import { getTask, listTasks } from './list-tasks';
import { getTaskResponsibility } from './get-task-responsibility';
import {
  ZBulkUpdateBody,
  ZCreateTaskBody,
  ZLedgerSheetQuery,
  ZTaskIdsBody,
  ZMilestoneInput,
  ZListTasksQuery,
  ZTask,
  ZTaskList,
  ZUpdateTaskBody,
  ZLedgerSheet,
  ZLeaderList,
  ZChangeTaskStatusBody,
  ZTaskResponsibility,
} from './tasks.schemas';
import { buildLedgerSheet } from './build-ledger-sheet';
import { updateTask } from './update-task';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerTaskRoutes(app: App): void {
  app.get(
    '/api/v1/tasks',
    {
      schema: {
        tags: ['tasks'],
        summary: '任务台账 List tasks',
        querystring: ZListTasksQuery,
        response: { 200: ZTaskList },
      },
    },
    async (request) => listTasks(requireActor(request.ctx), request.query),
  );
  app.get(
    '/api/v1/tasks/export',
    {
      schema: {
        tags: ['tasks'],
        summary: '导出月度台账 Export the filtered ledger in the given columns (.xlsx)',
        querystring: ZLedgerSheetQuery,
      },
    },
    async (request, reply) => {
      const { fileName, bytes } = await exportLedger(requireActor(request.ctx), request.query);
      return reply
        .type(xlsxType)
        .header(
          'content-disposition',
          `attachment; filename="ledger.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        )
        .send(bytes);
    },
  );
  app.get(
    '/api/v1/tasks/ledger-sheet',
    {
      schema: {
        tags: ['tasks'],
        summary: '打印月度台账 The filtered ledger in the given columns, as text (the A3 print view)',
        querystring: ZLedgerSheetQuery,
        response: {
          200: ZLedgerSheet,
        },
      },
    },
    async (request) => buildLedgerSheet(requireActor(request.ctx), request.query),
  );
  app.get(
    '/api/v1/tasks/:id',
    {
      schema: {
        tags: ['tasks'],
        summary: '任务详情 Get a task',
        params: ZIdParams,
        response: { 200: ZTask },
      },
    },
    async (request) => getTask(requireActor(request.ctx), request.params.id),
  );
  app.get(
    '/api/v1/tasks/:id/responsibility',
    {
      schema: {
        tags: ['tasks'],
        summary: "落实到单位 Co-units' shares of the latest closed period and the targets' per-unit shares",
        params: ZIdParams,
        response: { 200: ZTaskResponsibility },
      },
    },
    async (request) => getTaskResponsibility(requireActor(request.ctx), request.params.id),
  );
  app.post(
    '/api/v1/tasks',
    {
      schema: {
        tags: ['tasks'],
        summary: '新建任务 Create a task',
        body: ZCreateTaskBody,
        response: { 201: ZTask },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createTask(requireActor(request.ctx), request.body)),
  );
  app.patch(
    '/api/v1/tasks/:id',
    {
      schema: {
        tags: ['tasks'],
        summary: '修改任务 Update a task',
        params: ZIdParams,
        body: ZUpdateTaskBody,
        response: { 200: ZTask },
      },
    },
    async (request) => updateTask(requireActor(request.ctx), request.params.id, request.body),
  );
  app.delete(
    '/api/v1/tasks/:id',
    {
      schema: {
        tags: ['tasks'],
        summary: '删除草稿任务 Delete a draft',
        params: ZIdParams,
        querystring: z.object({ version: z.coerce.number().int().positive() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteTask(requireActor(request.ctx), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/v1/tasks/bulk-update',
    {
      schema: {
        tags: ['tasks'],
        summary: '批量分派 Assign many tasks at once',
        body: ZBulkUpdateBody,
        response: { 200: z.object({ items: z.array(ZTask) }) },
      },
    },
    async (request) => ({ items: await bulkUpdateTasks(requireActor(request.ctx), request.body) }),
  );
  app.post(
    '/api/v1/tasks/accept-batch',
    {
      schema: {
        tags: ['tasks'],
        summary: '批量签收 Accept many tasks: all, or none with the reasons (422 BATCH_REFUSED)',
        body: ZTaskIdsBody,
        response: { 200: z.object({ items: z.array(ZTask) }) },
      },
    },
    async (request) => ({ items: await acceptTasks(requireActor(request.ctx), request.body.taskIds) }),
  );
  app.post(
    '/api/v1/tasks/:id/accept',
    { schema: { tags: ['tasks'], summary: '签收 Accept', params: ZIdParams, response: { 200: ZTask } } },
    async (request) => acceptTask(requireActor(request.ctx), request.params.id),
  );
  app.post(
    '/api/v1/tasks/:id/status',
    {
      schema: {
        tags: ['tasks'],
        summary: '暂停/恢复/撤销 Suspend, resume or cancel',
        params: ZIdParams,
        body: ZChangeTaskStatusBody,
        response: { 200: ZTask },
      },
    },
    async (request) => changeTaskStatus(requireActor(request.ctx), request.params.id, request.body),
  );
  app.put(
    '/api/v1/tasks/:id/milestones',
    {
      schema: {
        tags: ['tasks'],
        summary: '时间节点 Set milestones',
        params: ZIdParams,
        body: z.array(ZMilestoneInput).max(50),
        response: { 200: ZTask },
      },
    },
    async (request) => replaceMilestones(requireActor(request.ctx), request.params.id, request.body),
  );
  app.post(
    '/api/v1/milestones/:id/complete',
    {
      schema: {
        tags: ['tasks'],
        summary: '完成时间节点 Complete a milestone',
        params: ZIdParams,
        response: { 200: ZTask },
      },
    },
    async (request) => completeMilestone(requireActor(request.ctx), request.params.id),
  );
  app.get(
    '/api/v1/leaders',
    { schema: { tags: ['tasks'], summary: '区领导 District leaders', response: { 200: ZLeaderList } } },
    async (request) => ({ items: await listLeaders(requireActor(request.ctx)) }),
  );
}
