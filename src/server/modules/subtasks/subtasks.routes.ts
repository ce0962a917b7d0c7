import { z } from 'zod';
import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { ZTask } from '../tasks/tasks.schemas';
import { createSubtask } from './create-subtask';
import { deleteSubtask } from './delete-subtask';
import { listMySubtasks } from './list-my-subtasks';
import { listSubtasks } from './list-subtasks';
import { setResponsibleUser } from './set-responsible-user';
import {
  ZCreateSubtaskBody,
  ZMySubtaskList,
  ZResponsibleUserBody,
  ZSubtask,
  ZSubtaskTree,
  ZUpdateSubtaskBody,
} from './subtasks.schemas';
import { updateSubtask } from './update-subtask';

export function registerSubtaskRoutes(app: App): void {
  app.get(
    '/api/v1/tasks/:id/subtasks',
    {
      schema: {
        tags: ['subtasks'],
        summary: '任务分解 Sub-tasks of a task the caller may see, with the roll-up suggestion',
        params: ZIdParams,
        response: { 200: ZSubtaskTree },
      },
    },
    async (request) => listSubtasks(requireActor(request.ctx), request.params.id),
  );
  app.post(
    '/api/v1/tasks/:id/subtasks',
    {
      schema: {
        tags: ['subtasks'],
        summary: '分解到科室/个人 Split a task to a section or person (lead unit or co-unit)',
        params: ZIdParams,
        body: ZCreateSubtaskBody,
        response: { 201: ZSubtask },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSubtask(requireActor(request.ctx), request.params.id, request.body)),
  );
  app.get(
    '/api/v1/subtasks/mine',
    {
      schema: {
        tags: ['subtasks'],
        summary: '我的子任务 Sub-tasks given to my section or to me',
        response: { 200: ZMySubtaskList },
      },
    },
    async (request) => listMySubtasks(requireActor(request.ctx)),
  );
  app.patch(
    '/api/v1/subtasks/:id',
    {
      schema: {
        tags: ['subtasks'],
        summary: '更新子任务 Edit a sub-task, or report its progress',
        params: ZIdParams,
        body: ZUpdateSubtaskBody,
        response: { 200: ZSubtask },
      },
    },
    async (request) => updateSubtask(requireActor(request.ctx), request.params.id, request.body),
  );
  app.delete(
    '/api/v1/subtasks/:id',
    {
      schema: {
        tags: ['subtasks'],
        summary: '删除子任务 Remove a sub-task (the unit that made it)',
        params: ZIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteSubtask(requireActor(request.ctx), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.put(
    '/api/v1/tasks/:id/responsible-user',
    {
      schema: {
        tags: ['subtasks'],
        summary: '指定责任人 The lead unit names the task’s responsible account',
        params: ZIdParams,
        body: ZResponsibleUserBody,
        response: { 200: ZTask },
      },
    },
    async (request) => setResponsibleUser(requireActor(request.ctx), request.params.id, request.body),
  );
}
