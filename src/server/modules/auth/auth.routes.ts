import { z } from 'zod';
import { requireActor } from '../../context';
import type { App } from '../../http';
import { sessionCookie } from '../../plugins/request-context';
import { ZChangePasswordBody, ZLoginBody, ZMe, ZUserEnvelope } from './auth.schemas';
import { changePassword } from './change-password';
import { getMe } from './get-me';
import { login } from './login';
import { logout } from './logout';
import { registerTotpRoutes } from './totp.routes';

export function registerAuthRoutes(app: App, loginRateLimitPerMinute: number): void {
  app.post(
    '/api/v1/auth/login',
    {
      config: { access: 'public', rateLimit: { max: loginRateLimitPerMinute, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], summary: '登录 Log in', body: ZLoginBody, response: { 200: ZUserEnvelope } },
    },
    async (request, reply) => {
      const result = await login(request.ctx, request.body, {
        ip: request.ip,
        userAgent: request.ctx.userAgent,
      });
      reply.setCookie(sessionCookie, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.ctx.config.secureCookies,
      });
      return result.mfaPending ? { user: result.user, mfaRequired: true } : { user: result.user };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { access: 'mfa' },
      schema: { tags: ['auth'], summary: '退出 Log out', response: { 204: z.null() } },
    },
    async (request, reply) => {
      await logout(requireActor(request.ctx));
      reply.clearCookie(sessionCookie, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { access: 'password-change' },
      schema: {
        tags: ['auth'],
        summary: '修改密码 Change password',
        body: ZChangePasswordBody,
        response: { 200: ZUserEnvelope },
      },
    },
    async (request) => ({ user: await changePassword(requireActor(request.ctx), request.body) }),
  );

  app.get(
    '/api/v1/me',
    {
      config: { access: 'mfa' },
      schema: { tags: ['auth'], summary: '当前用户 Current user', response: { 200: ZMe } },
    },
    async (request) => getMe(requireActor(request.ctx)),
  );

  registerTotpRoutes(app);
}
