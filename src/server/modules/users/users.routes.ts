import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { createUser } from './create-user';
import { listUsers } from './list-users';
import { resetUserPassword } from './reset-user-password';
import { unlockUser } from './unlock-user';
import { updateUser } from './update-user';
import {
  ZCreateUserBody,
  ZEmptyBody,
  ZListUsersQuery,
  ZUpdateUserBody,
  ZUserEnvelope,
  ZUserList,
  ZUserWithPassword,
} from './users.schemas';

export function registerUserRoutes(app: App): void {
  app.get(
    '/api/v1/users',
    {
      schema: {
        tags: ['users'],
        summary: '用户列表 List users',
        querystring: ZListUsersQuery,
        response: { 200: ZUserList },
      },
    },
    async (request) => listUsers(requireActor(request.ctx), request.query),
  );
  app.post(
    '/api/v1/users',
    {
      schema: {
        tags: ['users'],
        summary: '新建用户 Create a user',
        body: ZCreateUserBody,
        response: { 201: ZUserWithPassword },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createUser(requireActor(request.ctx), request.body)),
  );
  app.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: '修改用户 Update a user',
        params: ZIdParams,
        body: ZUpdateUserBody,
        response: { 200: ZUserEnvelope },
      },
    },
    async (request) => ({
      user: await updateUser(requireActor(request.ctx), request.params.id, request.body),
    }),
  );
  app.post(
    '/api/v1/users/:id/reset-password',
    {
      schema: {
        tags: ['users'],
        summary: '重置密码 Reset a password',
        params: ZIdParams,
        body: ZEmptyBody,
        response: { 200: ZUserWithPassword },
      },
    },
    async (request) => resetUserPassword(requireActor(request.ctx), request.params.id),
  );
  app.post(
    '/api/v1/users/:id/unlock',
    {
      schema: {
        tags: ['users'],
        summary: '解除锁定 Unlock',
        params: ZIdParams,
        body: ZEmptyBody,
        response: { 200: ZUserEnvelope },
      },
    },
    async (request) => ({ user: await unlockUser(requireActor(request.ctx), request.params.id) }),
  );
}
