/** The demo's minimal blocker rows for last Saturday's meeting (src/server/demo/play-demo-meeting.ts). */
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { blockerEvents, blockers, projects } from '../../db/schema';

export async function hasOpenMeetingBlocker(tx: Executor, tenantId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: blockers.id })
    .from(blockers)
    .where(and(eq(blockers.tenantId, tenantId), eq(blockers.level, 'meeting'), eq(blockers.status, 'open')))
    .limit(1);
  return rows.length > 0;
}

export async function firstProjectId(tx: Executor, tenantId: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ id: projects.id })
    .from(projects)
    .where(eq(projects.tenantId, tenantId))
    .orderBy(asc(projects.code))
    .limit(1);
  return row?.id;
}

export async function insertBlockerWithEvents(
  tx: Executor,
  blocker: typeof blockers.$inferInsert,
  events: (typeof blockerEvents.$inferInsert)[],
): Promise<void> {
  await tx.insert(blockers).values(blocker);
  if (events.length > 0) await tx.insert(blockerEvents).values(events);
}
