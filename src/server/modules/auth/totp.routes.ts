import { z } from 'zod';
import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import {
  ZRecoveryCodes,
  ZTotpDisableBody,
  ZTotpEnableBody,
  ZTotpSetup,
  ZTotpVerifyBody,
  ZUserEnvelope,
} from './auth.schemas';
import { disableTotp, enableTotp, resetUserTotp, setupTotp, verifyTotp } from './totp';

export function registerTotpRoutes(app: App): void {
  app.post(
    '/api/v1/auth/totp/verify',
    {
      config: { access: 'mfa' },
      schema: {
        tags: ['auth'],
        summary: '动态验证码登录 Second login step (TOTP or recovery code)',
        body: ZTotpVerifyBody,
        response: { 200: ZUserEnvelope },
      },
    },
    async (request) => ({ user: await verifyTotp(requireActor(request.ctx), request.body) }),
  );
  app.post(
    '/api/v1/auth/totp/setup',
    {
      config: { access: 'totp-enrolment' },
      schema: {
        tags: ['auth'],
        summary: '生成动态验证码密钥 Start TOTP enrolment',
        response: { 200: ZTotpSetup },
      },
    },
    async (request) => setupTotp(requireActor(request.ctx)),
  );
  app.post(
    '/api/v1/auth/totp/enable',
    {
      config: { access: 'totp-enrolment' },
      schema: {
        tags: ['auth'],
        summary: '启用双因素认证 Enable TOTP (answers the recovery codes once)',
        body: ZTotpEnableBody,
        response: { 200: ZRecoveryCodes },
      },
    },
    async (request) => enableTotp(requireActor(request.ctx), request.body.code),
  );
  app.post(
    '/api/v1/auth/totp/disable',
    {
      schema: {
        tags: ['auth'],
        summary: '关闭双因素认证 Disable TOTP',
        body: ZTotpDisableBody,
        response: { 200: ZUserEnvelope },
      },
    },
    async (request) => ({ user: await disableTotp(requireActor(request.ctx), request.body) }),
  );
  app.post(
    '/api/v1/users/:id/reset-totp',
    {
      schema: {
        tags: ['users'],
        summary: '重置用户双因素认证 Reset a user’s TOTP (admin)',
        params: ZIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await resetUserTotp(requireActor(request.ctx), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
