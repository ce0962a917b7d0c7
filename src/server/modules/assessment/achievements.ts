import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { AbilityActor } from '../../../domain/abilities';
import { hasPermission } from '../../../domain/permissions';
import { assertTransition } from '../../../domain/workflow';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type Actor, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { achievements, tasks, units, users } from '../../db/schema';
import { AppError, notFound } from '../../errors';
import { iso } from '../../http';
import { versionConflict } from '../../versioning';
import { canSeeTask } from '../tasks/tasks.policy';
import { findTasks } from '../tasks/tasks.repository';
import { assertCan } from '../units/units.policy';
import {
  achievementScope,
  achievementAbilities,
  achievementVerdicts,
  canDecideAchievement,
  canDeclareAchievement,
  canSeeAchievement,
} from './achievements.policy';
import type { TAchievement, TCreateAchievementBody, TUpdateAchievementBody } from './assessment.schemas';

type Row = typeof achievements.$inferSelect;

/** Rows with the declarer's and unit's names and the linked tasks' codes and titles, in three queries. */
async function present(tx: Executor, rows: Row[], actor: AbilityActor): Promise<TAchievement[]> {
  const userIds = [...new Set(rows.map((r) => r.userId))];
  const unitIds = [...new Set(rows.map((r) => r.unitId))];
  const taskIds = [...new Set(rows.flatMap((r) => r.taskIds))];
  const userNames = new Map(
    userIds.length
      ? (
          await tx
            .select({ id: users.id, name: users.displayName })
            .from(users)
            .where(inArray(users.id, userIds))
        ).map((u) => [u.id, u.name])
      : [],
  );
  const unitNames = new Map(
    unitIds.length
      ? (
          await tx.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, unitIds))
        ).map((u) => [u.id, u.name])
      : [],
  );
  const taskInfo = new Map(
    taskIds.length
      ? (
          await tx
            .select({ id: tasks.id, code: tasks.code, title: tasks.title })
            .from(tasks)
            .where(inArray(tasks.id, taskIds))
        ).map((t) => [t.id, t])
      : [],
  );
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    userId: r.userId,
    userName: userNames.get(r.userId) ?? '',
    unitId: r.unitId,
    unitName: unitNames.get(r.unitId) ?? '',
    title: r.title,
    description: r.description,
    evidence: r.evidence,
    taskIds: r.taskIds,
    tasks: r.taskIds.flatMap((id) => {
      const t = taskInfo.get(id);
      return t ? [{ id: t.id, code: t.code, title: t.title }] : [];
    }),
    status: r.status,
    decisionComment: r.decisionComment,
    decidedAt: iso(r.decidedAt),
    abilities: achievementAbilities(actor, r),
    version: r.version,
    createdAt: iso(r.createdAt),
  }));
}

/** Linked tasks must exist and be visible to the declarer; otherwise 422 naming the ids. */
async function assertTasksVisible(tx: Executor, actor: Actor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = new Map((await findTasks(tx, [...ids])).map((t) => [t.id, t]));
  const bad = ids.filter((id) => {
    const t = found.get(id);
    return !t || !canSeeTask(actor, t);
  });
  if (bad.length > 0) {
    throw new AppError('VALIDATION_FAILED', {
      details: {
        fields: [{ path: 'taskIds', message: `关联的任务不存在或不可见：${bad.join('、')}` }],
        taskIds: bad,
      },
    });
  }
}

async function findVisible(tx: Executor, actor: Actor, id: string): Promise<Row> {
  const [row] = await tx.select().from(achievements).where(eq(achievements.id, id));
  if (!row || !canSeeAchievement(actor, row)) throw notFound();
  return row;
}

export async function listAchievements(
  ctx: AuthedContext,
  query: { year?: number | undefined; unitId?: string | undefined; status?: Row['status'] | undefined },
) {
  assertCan(hasPermission(ctx.actor.roles, 'assessment:read') || canDeclareAchievement(ctx.actor));
  const scope = achievementScope(ctx.actor);
  const where: SQL[] = [];
  if (query.year !== undefined) where.push(eq(achievements.year, query.year));
  if (query.unitId) where.push(eq(achievements.unitId, query.unitId));
  if (query.status) where.push(eq(achievements.status, query.status));
  if (scope.kind === 'unit') where.push(eq(achievements.unitId, scope.unitId));
  if (scope.kind === 'own') where.push(eq(achievements.userId, scope.userId));
  return tenantTx(ctx, async (tx) =>
    present(
      tx,
      await tx
        .select()
        .from(achievements)
        .where(and(...where))
        .orderBy(desc(achievements.createdAt), desc(achievements.id)),
      ctx.actor,
    ),
  );
}

/** A cadre declares an achievement for himself, in his own unit. */
export async function declareAchievement(
  ctx: AuthedContext,
  input: TCreateAchievementBody,
): Promise<TAchievement> {
  assertCan(canDeclareAchievement(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const taskIds = input.taskIds ?? [];
    await assertTasksVisible(tx, ctx.actor, taskIds);
    const values = {
      year: input.year,
      title: input.title,
      description: input.description || null,
      evidence: input.evidence || null,
      taskIds,
    };
    const [row] = await tx
      .insert(achievements)
      .values({
        id: uuidv7(),
        tenantId: ctx.actor.tenantId,
        userId: ctx.actor.userId,
        unitId: ctx.actor.unitId as string,
        ...values,
        createdAt: now,
        updatedAt: now,
        updatedBy: ctx.actor.userId,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'achievement.declared',
      entityType: 'achievement',
      entityId: row.id,
      after: { ...values, unitId: row.unitId },
    });
    return (await present(tx, [row], ctx.actor))[0] as TAchievement;
  });
}

/** The declarer edits his item while it is still undecided. */
export async function updateAchievement(
  ctx: AuthedContext,
  id: string,
  input: TUpdateAchievementBody,
): Promise<TAchievement> {
  assertCan(canDeclareAchievement(ctx.actor) || hasPermission(ctx.actor.roles, 'assessment:read'));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const row = await findVisible(tx, ctx.actor, id);
    if (row.userId !== ctx.actor.userId) throw new AppError('FORBIDDEN', { message: '只能修改本人的申报' });
    if (row.version !== input.version) throw await versionConflict(tx, row);
    if (row.status !== 'declared')
      throw new AppError('INVALID_TRANSITION', { message: '已核实或已退回的申报不能修改' });
    const { version: _version, ...fields } = input;
    if (fields.taskIds)
      await assertTasksVisible(
        tx,
        ctx.actor,
        fields.taskIds.filter((t) => !row.taskIds.includes(t)),
      );
    const changes = {
      ...(fields.year !== undefined ? { year: fields.year } : {}),
      ...(fields.title !== undefined ? { title: fields.title } : {}),
      ...(fields.description !== undefined ? { description: fields.description || null } : {}),
      ...(fields.evidence !== undefined ? { evidence: fields.evidence || null } : {}),
      ...(fields.taskIds !== undefined ? { taskIds: fields.taskIds } : {}),
    };
    const [after] = await tx
      .update(achievements)
      .set({ ...changes, version: row.version + 1, updatedAt: now, updatedBy: ctx.actor.userId })
      .where(and(eq(achievements.id, id), eq(achievements.version, row.version)))
      .returning();
    if (!after) throw await versionConflict(tx, row);
    const before = Object.fromEntries(Object.keys(changes).map((k) => [k, row[k as keyof Row]]));
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'achievement.updated',
      entityType: 'achievement',
      entityId: id,
      before,
      after: changes,
    });
    return (await present(tx, [after], ctx.actor))[0] as TAchievement;
  });
}

/** The office verifies or rejects a declared item (a rejection says why); nobody decides on his own item. */
export async function decideAchievement(
  ctx: AuthedContext,
  id: string,
  action: 'verify' | 'reject',
  input: { version: number; comment?: string | null | undefined },
): Promise<TAchievement> {
  assertCan(canDecideAchievement(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const row = await findVisible(tx, ctx.actor, id);
    // Who may decide is asked first (nobody decides an own declaration); the state after the version.
    if (achievementVerdicts(ctx.actor, row)[action] === 'role') throw new AppError('FORBIDDEN', { message: '不能核实本人的申报' });
    if (row.version !== input.version) throw await versionConflict(tx, row);
    const status = assertTransition('achievement', row.status, action);
    const changes = {
      status,
      decidedBy: ctx.actor.userId,
      decidedAt: now,
      decisionComment: input.comment || null,
    };
    const [after] = await tx
      .update(achievements)
      .set({ ...changes, version: row.version + 1, updatedAt: now, updatedBy: ctx.actor.userId })
      .where(and(eq(achievements.id, id), eq(achievements.version, row.version)))
      .returning();
    if (!after) throw await versionConflict(tx, row);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: action === 'verify' ? 'achievement.verified' : 'achievement.rejected',
      entityType: 'achievement',
      entityId: id,
      before: { status: row.status },
      after: { status, comment: changes.decisionComment },
    });
    return (await present(tx, [after], ctx.actor))[0] as TAchievement;
  });
}

/** Verified items of a year by unit, as the results show them beside each unit. */
export async function verifiedAchievementsByUnit(
  tx: Executor,
  year: number,
): Promise<Map<string, Array<{ id: string; userName: string; title: string }>>> {
  const rows = await tx
    .select({
      id: achievements.id,
      unitId: achievements.unitId,
      title: achievements.title,
      userName: users.displayName,
    })
    .from(achievements)
    .innerJoin(users, eq(users.id, achievements.userId))
    .where(and(eq(achievements.year, year), eq(achievements.status, 'verified')))
    .orderBy(achievements.createdAt, achievements.id);
  const byUnit = new Map<string, Array<{ id: string; userName: string; title: string }>>();
  for (const r of rows)
    byUnit.set(r.unitId, [
      ...(byUnit.get(r.unitId) ?? []),
      { id: r.id, userName: r.userName, title: r.title },
    ]);
  return byUnit;
}
