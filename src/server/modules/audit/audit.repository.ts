import { and, desc, eq, gte, inArray, isNotNull, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  auditEvents,
  bulletins,
  tenants,
  decisions,
  rectifications,
  reports,
  supervisionCases,
  tasks,
  units,
  users,
} from '../../db/schema';
import type { TAuditFilters } from './audit.schemas';

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The filters as SQL: days are Asia/Shanghai calendar days, `to` included. */
function whereOf(tenantId: string, f: TAuditFilters, before?: number): SQL | undefined {
  return and(
    eq(auditEvents.tenantId, tenantId),
    before ? lt(auditEvents.seq, before) : undefined,
    f.actorId ? eq(auditEvents.actorId, f.actorId) : undefined,
    f.action ? eq(auditEvents.action, f.action) : undefined,
    f.entityType ? eq(auditEvents.entityType, f.entityType) : undefined,
    f.entityId ? eq(auditEvents.entityId, f.entityId) : undefined,
    f.from ? gte(auditEvents.at, new Date(`${f.from}T00:00:00+08:00`)) : undefined,
    f.to ? lt(auditEvents.at, new Date(`${nextDay(f.to)}T00:00:00+08:00`)) : undefined,
  );
}

/** The tenant's chain, newest first, filtered, paged by seq. */
export async function listTenantAudit(
  tx: Executor,
  tenantId: string,
  filters: TAuditFilters,
  limit: number,
  before?: number,
) {
  return tx
    .select()
    .from(auditEvents)
    .where(whereOf(tenantId, filters, before))
    .orderBy(desc(auditEvents.seq))
    .limit(limit);
}

/** Everyone who acted in the tenant's log, with their current account (null once deleted). */
export async function listAuditActors(tx: Executor, tenantId: string) {
  return tx
    .selectDistinct({ id: auditEvents.actorId, name: auditEvents.actorName })
    .from(auditEvents)
    .where(and(eq(auditEvents.tenantId, tenantId), isNotNull(auditEvents.actorId)));
}

export interface Person {
  id: string;
  displayName: string;
  roles: string[];
  unitName: string | null;
}

/** The accounts behind the given ids, with their unit's name. */
export async function findPeople(tx: Executor, ids: readonly string[]): Promise<Person[]> {
  if (ids.length === 0) return [];
  return tx
    .select({ id: users.id, displayName: users.displayName, roles: users.roles, unitName: units.name })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(inArray(users.id, [...ids]));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The objects' names by type and id: a task by its code and title, a decision or case by its title, a unit or
 * a user by name, a report by its task's code and period, a rectification by its finding, a bulletin by its
 * period, the district by its name. Other types (and ids that are not uuids) are not looked up.
 */
export async function findEntityNames(
  tx: Executor,
  refs: ReadonlyArray<{ type: string; id: string }>,
): Promise<Map<string, string>> {
  const idsOf = (type: string) => [
    ...new Set(refs.filter((r) => r.type === type && UUID.test(r.id)).map((r) => r.id)),
  ];
  const names = new Map<string, string>();
  const put = (type: string, id: string, name: string) => names.set(`${type}:${id}`, name);
  const taskLabel = (code: string | null, title: string) => (code ? `${code} ${title}` : title);
  const q = {
    task: idsOf('task'),
    decision: idsOf('decision'),
    unit: idsOf('unit'),
    user: idsOf('user'),
    report: idsOf('report'),
    case: idsOf('case'),
    rectification: idsOf('rectification'),
    bulletin: idsOf('bulletin'),
    tenant: idsOf('tenant'),
  };
  if (q.task.length)
    for (const r of await tx
      .select({ id: tasks.id, code: tasks.code, title: tasks.title })
      .from(tasks)
      .where(inArray(tasks.id, q.task)))
      put('task', r.id, taskLabel(r.code, r.title));
  if (q.decision.length)
    for (const r of await tx
      .select({ id: decisions.id, title: decisions.title })
      .from(decisions)
      .where(inArray(decisions.id, q.decision)))
      put('decision', r.id, r.title);
  if (q.unit.length)
    for (const r of await tx
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(inArray(units.id, q.unit)))
      put('unit', r.id, r.name);
  if (q.user.length)
    for (const r of await tx
      .select({ id: users.id, name: users.displayName, username: users.username })
      .from(users)
      .where(inArray(users.id, q.user)))
      put('user', r.id, `${r.name}（${r.username}）`);
  if (q.report.length)
    for (const r of await tx
      .select({ id: reports.id, period: reports.period, code: tasks.code, title: tasks.title })
      .from(reports)
      .innerJoin(tasks, eq(tasks.id, reports.taskId))
      .where(inArray(reports.id, q.report)))
      put('report', r.id, `${taskLabel(r.code, r.title)} · ${r.period}`);
  if (q.case.length)
    for (const r of await tx
      .select({ id: supervisionCases.id, title: supervisionCases.title })
      .from(supervisionCases)
      .where(inArray(supervisionCases.id, q.case)))
      put('case', r.id, r.title);
  if (q.rectification.length)
    for (const r of await tx
      .select({ id: rectifications.id, finding: rectifications.finding })
      .from(rectifications)
      .where(inArray(rectifications.id, q.rectification)))
      put('rectification', r.id, r.finding);
  if (q.bulletin.length)
    for (const r of await tx
      .select({ id: bulletins.id, period: bulletins.period, version: bulletins.version })
      .from(bulletins)
      .where(inArray(bulletins.id, q.bulletin)))
      put('bulletin', r.id, `${r.period} 第${r.version}版`);
  if (q.tenant.length)
    for (const r of await tx
      .select({ id: tenants.id, name: tenants.name })
      .from(tenants)
      .where(inArray(tenants.id, q.tenant)))
      put('tenant', r.id, r.name);
  return names;
}
