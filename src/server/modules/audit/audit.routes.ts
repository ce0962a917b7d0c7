import { auditActionLabel, auditEntityLabel } from '../../../domain/audit-labels';
import { writeAuditXlsx } from '../../documents/audit-xlsx';
import { requireActor } from '../../context';
import type { App } from '../../http';
import {
  ZAuditActors,
  ZAuditFilters,
  ZAuditList,
  ZListAuditQuery,
  ZVerifyResult,
  type TAuditFilters,
} from './audit.schemas';
import { AUDIT_EXPORT_LIMIT, exportAuditRows, listActors, listAudit, verifyAudit } from './list-audit';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The export's title says what was filtered, so a printed sheet is not mistaken for the whole log. */
function titleOf(f: TAuditFilters, actorName: string | undefined): string {
  const parts = [
    f.from || f.to ? `${f.from ?? '…'} 至 ${f.to ?? '…'}` : '',
    actorName ? `操作人：${actorName}` : '',
    f.action ? `操作：${auditActionLabel(f.action)}` : '',
    f.entityType ? `对象：${auditEntityLabel(f.entityType)}` : '',
    f.entityId ? `标识：${f.entityId}` : '',
  ].filter(Boolean);
  return parts.length ? `审计日志（${parts.join('；')}）` : '审计日志';
}

export function registerAuditRoutes(app: App): void {
  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: '审计日志 Audit log',
        querystring: ZListAuditQuery,
        response: { 200: ZAuditList },
      },
    },
    async (request) => listAudit(requireActor(request.ctx), request.query),
  );
  app.get(
    '/api/v1/audit/actors',
    {
      schema: {
        tags: ['audit'],
        summary: '日志中的操作人 Who appears in the audit log',
        response: { 200: ZAuditActors },
      },
    },
    async (request) => listActors(requireActor(request.ctx)),
  );
  app.get(
    '/api/v1/audit/export',
    {
      schema: {
        tags: ['audit'],
        summary: '导出审计日志 Export the filtered audit log (.xlsx)',
        querystring: ZAuditFilters,
      },
    },
    async (request, reply) => {
      const { items, truncated } = await exportAuditRows(requireActor(request.ctx), request.query);
      const actorName = request.query.actorId
        ? (items.find((e) => e.actorId === request.query.actorId)?.actorName ?? undefined)
        : undefined;
      const note = truncated ? `仅导出最近 ${AUDIT_EXPORT_LIMIT} 条，请缩小日期范围分批导出。` : undefined;
      const bytes = await writeAuditXlsx(items, titleOf(request.query, actorName), note);
      return reply
        .type(xlsxType)
        .header(
          'content-disposition',
          `attachment; filename="audit.xlsx"; filename*=UTF-8''${encodeURIComponent('审计日志.xlsx')}`,
        )
        .send(bytes);
    },
  );
  app.get(
    '/api/v1/audit/verify',
    { schema: { tags: ['audit'], summary: '验证日志链 Verify the chain', response: { 200: ZVerifyResult } } },
    async (request) => verifyAudit(requireActor(request.ctx)),
  );
}
