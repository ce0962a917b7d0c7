import { auditActionLabel, auditEntityLabel } from '../../../domain/audit-labels';
import { officeLabels, officeOf } from '../../../domain/offices';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { anchorsOfDatabase } from '../../audit/audit-anchor';
import { verifyAuditChains, type VerifyResult } from '../../audit/verify-audit';
import type { Executor } from '../../db/client';
import type { auditEvents } from '../../db/schema';
import { assertCan } from '../../policy/assert';
import { canReadAudit } from './audit.policy';
import {
  findEntityNames,
  findPeople,
  listAuditActors,
  listTenantAudit,
  type Person,
} from './audit.repository';
import type { TAuditEvent, TAuditFilters, TListAuditQuery } from './audit.schemas';

/** Rows in one export: a 等保 check asks for months, not the whole history; narrower filters for more. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/** The operator's unit, or the office of a supervisor or leader (督查室, 区领导). */
function unitOf(person: Person | undefined): string | null {
  if (!person) return null;
  if (person.unitName) return person.unitName;
  const office = officeOf(person.roles);
  return office ? officeLabels[office].zh : null;
}

/** Audit rows as the auditor reads them: the action and object type in Chinese, the object and operator by name. */
async function present(tx: Executor, rows: Array<typeof auditEvents.$inferSelect>): Promise<TAuditEvent[]> {
  const people = new Map(
    (await findPeople(tx, [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))])).map((p) => [
      p.id,
      p,
    ]),
  );
  const names = await findEntityNames(
    tx,
    rows.flatMap((r) => (r.entityType && r.entityId ? [{ type: r.entityType, id: r.entityId }] : [])),
  );
  return rows.map((r) => ({
    id: r.id,
    seq: r.seq,
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorName: r.actorName,
    actorUnit: unitOf(r.actorId ? people.get(r.actorId) : undefined),
    action: r.action,
    actionLabel: auditActionLabel(r.action),
    entityType: r.entityType,
    entityTypeLabel: auditEntityLabel(r.entityType),
    entityId: r.entityId,
    entityName: r.entityType && r.entityId ? (names.get(`${r.entityType}:${r.entityId}`) ?? null) : null,
    diff: r.diff ?? null,
    ip: r.ip,
    hashAlg: r.hashAlg,
    prevHash: r.prevHash,
    hash: r.hash,
  }));
}

const filtersOf = (q: TAuditFilters): TAuditFilters => ({
  actorId: q.actorId,
  action: q.action,
  entityType: q.entityType,
  entityId: q.entityId,
  from: q.from,
  to: q.to,
});

/** The audit log, newest first, filtered by operator, action, object and days; paged by seq. */
export async function listAudit(ctx: AuthedContext, query: TListAuditQuery) {
  assertCan(canReadAudit(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const rows = await listTenantAudit(tx, ctx.actor.tenantId, filtersOf(query), query.limit, query.before);
    const last = rows[rows.length - 1];
    return {
      items: await present(tx, rows),
      nextBefore: rows.length === query.limit && last ? last.seq : null,
    };
  });
}

/** Who appears in the log (for the operator filter), by name, with unit or office. */
export async function listActors(ctx: AuthedContext) {
  assertCan(canReadAudit(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const actors = await listAuditActors(tx, ctx.actor.tenantId);
    const ids = [...new Set(actors.flatMap((a) => (a.id ? [a.id] : [])))];
    const people = new Map((await findPeople(tx, ids)).map((p) => [p.id, p]));
    const items = ids.map((id) => {
      const person = people.get(id);
      return {
        id,
        name: person?.displayName ?? actors.find((a) => a.id === id)?.name ?? id,
        unit: unitOf(person),
      };
    });
    items.sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'));
    return { items };
  });
}

/** The rows of an export: the filtered log, newest first, up to AUDIT_EXPORT_LIMIT; the export is audited. */
export async function exportAuditRows(ctx: AuthedContext, filters: TAuditFilters) {
  assertCan(canReadAudit(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const rows = await listTenantAudit(tx, ctx.actor.tenantId, filtersOf(filters), AUDIT_EXPORT_LIMIT + 1);
    const truncated = rows.length > AUDIT_EXPORT_LIMIT;
    const items = await present(tx, rows.slice(0, AUDIT_EXPORT_LIMIT));
    // Who took a copy of the log, and of what, is itself on the log (等保: 审计记录的保护).
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'audit.exported',
      entityType: 'audit',
      entityId: ctx.actor.tenantId,
      after: { filters: filtersOf(filters), rows: items.length, truncated },
    });
    return { items, truncated };
  });
}

/** Verifies the tenant's chain (and the installation chain) as the auditor sees them. */
export async function verifyAudit(ctx: AuthedContext): Promise<VerifyResult> {
  assertCan(canReadAudit(ctx.actor));
  const { mine } = await anchorsOfDatabase(ctx.config, ctx.db);
  return tenantTx(ctx, (tx) => verifyAuditChains(tx, ctx.actor.tenantId, mine));
}
