import { requireActor } from '../../context';
import type { App } from '../../http';
import { ZAuditList, ZListAuditQuery, ZVerifyResult } from './audit.schemas';
import { listAudit, verifyAudit } from './list-audit';

export function registerAuditRoutes(app: App): void {
  app.get(
    '/api/v1/audit',
    { schema: { tags: ['audit'], summary: '审计日志 Audit log', querystring: ZListAuditQuery, response: { 200: ZAuditList } } },
    async (request) => listAudit(requireActor(request.ctx), request.query),
  );
  app.get(
    '/api/v1/audit/verify',
    { schema: { tags: ['audit'], summary: '验证日志链 Verify the chain', response: { 200: ZVerifyResult } } },
    async (request) => verifyAudit(requireActor(request.ctx)),
  );
}
