import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Executor } from '../db/client';
import {
  catchUpPlans,
  notifications,
  reports,
  taskLightStates,
  tasks,
  tenants,
  units,
  users,
} from '../db/schema';
import type { CatchUpPlanRow } from '../modules/catch-up-plans/catch-up-plans.repository';
import type { DistrictFacts } from './district-facts';

export interface NotificationInput {
  tenantId: string;
  kind: string;
  title: string;
  body: string;
  entityType?: string;
  entityId?: string;
  /** The same key for the same user is one notification, however often it is raised. */
  dedupeKey: string;
  at: Date;
}

/**
 * Puts a notification in each user's inbox within the caller's transaction, once per user and key (a
 * conflicting key is ignored), and returns the ids of those newly created (for e-mail and webhook delivery).
 */
export async function notifyUsers(
  tx: Executor,
  userIds: string[],
  input: NotificationInput,
): Promise<string[]> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return [];
  const rows = unique.map((userId) => ({
    id: uuidv7(),
    tenantId: input.tenantId,
    userId,
    kind: input.kind,
    title: input.title,
    body: input.body,
    entityType: input.entityType ?? null,
    entityId: input.entityId ?? null,
    dedupeKey: input.dedupeKey,
    createdAt: input.at,
  }));
  const created = await tx
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return created.map((r) => r.id);
}

/** The active users of a unit (head and operators), who receive the unit's notifications. */
export async function unitUserIds(tx: Executor, unitId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      sql`${users.unitId} = ${unitId} AND ${users.active} AND (${users.roles} && ARRAY['unit_head','unit_operator']::text[])`,
    );
  return rows.map((r) => r.id);
}

/** The active users of several units, in one query (a transaction has one connection: no parallel queries). */
export async function unitsUserIds(tx: Executor, unitIds: readonly string[]): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      sql`${users.unitId} IN (${sql.join(
        unitIds.map((u) => sql`${u}`),
        sql`, `,
      )}) AND ${users.active} AND (${users.roles} && ARRAY['unit_head','unit_operator']::text[])`,
    );
  return rows.map((r) => r.id);
}

export async function supervisorIds(tx: Executor): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(sql`${users.active} AND 'supervisor' = ANY(${users.roles})`);
  return rows.map((r) => r.id);
}

export async function unitName(tx: Executor, unitId: string | null): Promise<string> {
  if (!unitId) return '';
  const [row] = await tx
    .select({ name: units.name })
    .from(units)
    .where(sql`${units.id} = ${unitId}`);
  return row?.name ?? '';
}

// The outbox (deliver.ts)

/** Notifications not yet handed to a delivery job, oldest first. */
export async function undispatchedIds(tx: Executor, limit: number): Promise<Array<{ id: string }>> {
  return tx
    .select({ id: notifications.id })
    .from(notifications)
    .where(isNull(notifications.dispatchedAt))
    .orderBy(asc(notifications.createdAt))
    .limit(limit);
}

export async function markDispatched(tx: Executor, id: string, at: Date): Promise<void> {
  await tx.update(notifications).set({ dispatchedAt: at }).where(eq(notifications.id, id));
}

/** A notification with its recipient's address and names. */
export async function notificationWithRecipient(tx: Executor, id: string) {
  const [row] = await tx
    .select({
      n: notifications,
      email: users.email,
      username: users.username,
      displayName: users.displayName,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(eq(notifications.id, id));
  return row;
}

export async function markEmailSent(tx: Executor, id: string, at: Date): Promise<void> {
  await tx
    .update(notifications)
    .set({ emailSentAt: at })
    .where(and(eq(notifications.id, id), isNull(notifications.emailSentAt)));
}

export async function markWebhookSent(tx: Executor, id: string, at: Date): Promise<void> {
  await tx
    .update(notifications)
    .set({ webhookSentAt: at })
    .where(and(eq(notifications.id, id), isNull(notifications.webhookSentAt)));
}

// The reminder run (reminders.ts)

export async function allTenantIds(tx: Executor): Promise<string[]> {
  return (await tx.select({ id: tenants.id }).from(tenants)).map((t) => t.id);
}

/** Tasks a reminder can be about: published, in progress or awaiting completion. */
export async function openTasks(tx: Executor) {
  return tx
    .select()
    .from(tasks)
    .where(inArray(tasks.status, ['published', 'in_progress', 'completion_requested']));
}

export async function saveLightState(tx: Executor, row: typeof taskLightStates.$inferInsert): Promise<void> {
  await tx
    .insert(taskLightStates)
    .values(row)
    .onConflictDoUpdate({
      target: taskLightStates.taskId,
      set: { light: row.light, since: row.since, updatedAt: row.updatedAt },
    });
}

/** What the reminder run reads about the district in scope (RLS), once per district (see DistrictFacts). */
export async function loadDistrictFacts(
  tx: Executor,
  periods: { current: string; last: string; before: string },
): Promise<DistrictFacts> {
  const unitUsers = new Map<string, string[]>();
  const supervisors: string[] = [];
  for (const u of await tx
    .select({ id: users.id, unitId: users.unitId, roles: users.roles })
    .from(users)
    .where(eq(users.active, true))) {
    if (u.roles.includes('supervisor')) supervisors.push(u.id);
    if (u.unitId && (u.roles.includes('unit_head') || u.roles.includes('unit_operator')))
      unitUsers.set(u.unitId, [...(unitUsers.get(u.unitId) ?? []), u.id]);
  }
  const lightStates = new Map(
    (
      await tx
        .select({
          taskId: taskLightStates.taskId,
          light: taskLightStates.light,
          since: taskLightStates.since,
        })
        .from(taskLightStates)
    ).map((s) => [s.taskId, { light: s.light, since: s.since }]),
  );
  const recent = await tx
    .select({ taskId: reports.taskId, period: reports.period, status: reports.status })
    .from(reports)
    .where(inArray(reports.period, [periods.current, periods.last, periods.before]));
  const currentReports = new Map<string, string>();
  const approvedRecently = new Set<string>();
  for (const r of recent) {
    if (r.period === periods.current) currentReports.set(r.taskId, r.status);
    else if (r.status === 'approved') approvedRecently.add(r.taskId);
  }
  const plans = new Map<string, CatchUpPlanRow[]>();
  for (const p of await tx
    .select()
    .from(catchUpPlans)
    .orderBy(desc(catchUpPlans.createdAt), desc(catchUpPlans.id)))
    plans.set(p.taskId, [...(plans.get(p.taskId) ?? []), p]);
  return { unitUsers, supervisors, lightStates, currentReports, approvedRecently, plans };
}
