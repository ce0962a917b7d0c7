import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { decisions, publicDecisions, reports, tasks, tenants, units } from '../../db/schema';

export async function findDecisionTitle(tx: Executor, decisionId: string) {
  const [row] = await tx
    .select({ id: decisions.id, title: decisions.title })
    .from(decisions)
    .where(eq(decisions.id, decisionId));
  return row;
}

export async function findDisclosure(tx: Executor, decisionId: string) {
  const [row] = await tx.select().from(publicDecisions).where(eq(publicDecisions.decisionId, decisionId));
  return row;
}

export async function tasksOfDecision(tx: Executor, decisionId: string) {
  return tx
    .select({
      id: tasks.id,
      code: tasks.code,
      title: tasks.title,
      status: tasks.status,
      isLivelihood: tasks.isLivelihood,
    })
    .from(tasks)
    .where(eq(tasks.decisionId, decisionId))
    .orderBy(tasks.position, tasks.code);
}

export async function insertDisclosure(tx: Executor, row: typeof publicDecisions.$inferInsert) {
  await tx.insert(publicDecisions).values(row);
}

/** Changes the marking if it still has `version`; nothing when someone changed it first. */
export async function updateDisclosureVersioned(
  tx: Executor,
  decisionId: string,
  version: number,
  values: Partial<typeof publicDecisions.$inferInsert>,
) {
  const [row] = await tx
    .update(publicDecisions)
    .set({ ...values, version: version + 1 })
    .where(and(eq(publicDecisions.decisionId, decisionId), eq(publicDecisions.version, version)))
    .returning();
  return row;
}

export async function tenantCode(tx: Executor, tenantId: string): Promise<string> {
  const [row] = await tx.select({ code: tenants.code }).from(tenants).where(eq(tenants.id, tenantId));
  return row?.code ?? '';
}

/** The decisions marked public (all or chosen tasks), with their published tasks and lead units' names. */
export async function tasksOfPublicDecisions(tx: Executor) {
  return tx
    .select({
      id: tasks.id,
      code: tasks.code,
      title: tasks.title,
      status: tasks.status,
      dueDate: tasks.dueDate,
      progress: tasks.progress,
      updatedAt: tasks.updatedAt,
      position: tasks.position,
      decision: decisions.title,
      decisionDate: decisions.date,
      leadUnit: units.name,
      scope: publicDecisions.scope,
      chosen: publicDecisions.taskIds,
    })
    .from(publicDecisions)
    .innerJoin(tasks, eq(tasks.decisionId, publicDecisions.decisionId))
    .innerJoin(decisions, eq(decisions.id, publicDecisions.decisionId))
    .leftJoin(units, eq(units.id, tasks.leadUnitId))
    .where(ne(publicDecisions.scope, 'none'))
    .orderBy(desc(decisions.date), tasks.position, tasks.code);
}

/** Each task's latest approved report: its period, public summary and when it was approved. */
export async function latestApprovedReports(tx: Executor, taskIds: string[]) {
  if (taskIds.length === 0) return [];
  return tx
    .selectDistinctOn([reports.taskId], {
      taskId: reports.taskId,
      period: reports.period,
      publicSummary: reports.publicSummary,
      reviewedAt: reports.reviewedAt,
    })
    .from(reports)
    .where(and(inArray(reports.taskId, taskIds), eq(reports.status, 'approved')))
    .orderBy(reports.taskId, desc(reports.period));
}
