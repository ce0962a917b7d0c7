import { desc, inArray, isNotNull } from 'drizzle-orm';
import { hasPermission } from '../../../domain/permissions';
import { shanghaiDate } from '../../clock';
import { tenantTx, type AuthedContext } from '../../context';
import { instructionReplies, instructions, rectifications, tasks, units, users } from '../../db/schema';
import { assertCan } from '../units/units.policy';
import { computeLights, lightSettingsOf } from '../lights/compute-lights';
import { loadSettings } from '../settings/settings.repository';
import { loadMilestones } from '../tasks/tasks.repository';

/**
 * 驾驶舱: one screen for a leader — overall completion, lights by unit, the leader's own portfolio first,
 * the latest instructions with their answers, overdue rectifications. Computed in a handful of queries.
 */
export async function cockpitSummary(ctx: AuthedContext) {
  assertCan(hasPermission(ctx.actor.roles, 'tasks:read_all'));
  const today = shanghaiDate(ctx.clock.now());
  return tenantTx(ctx, async (tx) => {
    const rows = (await tx.select().from(tasks).where(isNotNull(tasks.publishedAt))).filter((t) => t.status !== 'cancelled');
    const details = await loadMilestones(tx, rows.map((r) => r.id));
    const lights = await computeLights(tx, rows, details, today, lightSettingsOf(await loadSettings(tx, ctx.actor.tenantId)));
    const lightOf = (id: string, status: string) => (status === 'completed' ? 'green' : (lights.get(id)?.light ?? 'green'));
    const unitNames = new Map((await tx.select({ id: units.id, name: units.name }).from(units)).map((u) => [u.id, u.name]));
    const byUnit = new Map<string, { unitId: string; unitName: string; total: number; completed: number; red: number; yellow: number; green: number }>();
    for (const t of rows) {
      if (!t.leadUnitId) continue;
      const entry = byUnit.get(t.leadUnitId) ?? { unitId: t.leadUnitId, unitName: unitNames.get(t.leadUnitId) ?? '', total: 0, completed: 0, red: 0, yellow: 0, green: 0 };
      entry.total++;
      if (t.status === 'completed') entry.completed++;
      entry[lightOf(t.id, t.status)]++;
      byUnit.set(t.leadUnitId, entry);
    }
    const completed = rows.filter((t) => t.status === 'completed').length;
    const portfolio = rows
      .filter((t) => t.leadLeaderId === ctx.actor.userId)
      .map((t) => ({ id: t.id, code: t.code, title: t.title, unitName: t.leadUnitId ? (unitNames.get(t.leadUnitId) ?? '') : '', progress: t.progress, dueDate: t.dueDate, status: t.status, light: lightOf(t.id, t.status), reasons: lights.get(t.id)?.reasons ?? [] }))
      .sort((a, b) => ['red', 'yellow', 'green'].indexOf(a.light) - ['red', 'yellow', 'green'].indexOf(b.light));
    const latest = await tx.select().from(instructions).orderBy(desc(instructions.createdAt)).limit(10);
    const replies = latest.length ? await tx.select().from(instructionReplies).where(inArray(instructionReplies.instructionId, latest.map((i) => i.id))) : [];
    const people = [...new Set(latest.map((i) => i.leaderId))];
    const names = new Map((people.length ? await tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, people)) : []).map((p) => [p.id, p.name]));
    const taskById = new Map(rows.map((t) => [t.id, t]));
    const overdue = (await tx.select().from(rectifications)).filter((r) => r.status !== 'verified' && r.deadline < today);
    return {
      asOf: today,
      overall: {
        published: rows.length,
        completed,
        completionRate: rows.length ? Math.round((completed * 1000) / rows.length) / 10 : 0,
        red: rows.filter((t) => lightOf(t.id, t.status) === 'red').length,
        yellow: rows.filter((t) => lightOf(t.id, t.status) === 'yellow').length,
      },
      units: [...byUnit.values()].sort((a, b) => b.red - a.red || b.yellow - a.yellow || a.unitName.localeCompare(b.unitName, 'zh-Hans-CN')),
      portfolio,
      instructions: latest.map((i) => ({
        id: i.id,
        taskId: i.taskId,
        taskTitle: taskById.get(i.taskId)?.title ?? '',
        leaderName: names.get(i.leaderId) ?? '',
        text: i.text,
        createdAt: i.createdAt.toISOString(),
        answered: replies.some((r) => r.instructionId === i.id),
      })),
      overdueRectifications: overdue.map((r) => ({ id: r.id, finding: r.finding, unitName: unitNames.get(r.unitId) ?? '', deadline: r.deadline })),
    };
  });
}
