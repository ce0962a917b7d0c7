import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { uuidv7 } from 'uuidv7';
import { hasPermission } from '../../../domain/permissions';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import { instructionReplies, instructions, users } from '../../db/schema';
import { AppError, notFound } from '../../errors';
import { iso } from '../../http';
import { notifyUsers, unitUserIds } from '../../notify/notify';
import { assertCan } from '../units/units.policy';
import { assertAbility } from '../../policy/abilities';
import { canReadTasks, canSeeTask, taskVerdicts } from '../tasks/tasks.policy';
import { findTask } from '../tasks/tasks.repository';

export const ZInstructionBody = z.strictObject({ text: z.string().trim().min(1, '请填写批示内容').max(10_000) });
export const ZInstruction = z.object({
  id: z.string(),
  taskId: z.string(),
  leaderId: z.string(),
  leaderName: z.string().nullable(),
  text: z.string(),
  createdAt: z.string(),
  replies: z.array(z.object({ id: z.string(), authorName: z.string().nullable(), text: z.string(), createdAt: z.string() })),
});
export type TInstruction = z.infer<typeof ZInstruction>;

async function present(tx: Parameters<Parameters<typeof tenantTx>[1]>[0], rows: (typeof instructions.$inferSelect)[]): Promise<TInstruction[]> {
  const ids = rows.map((r) => r.id);
  const replies = ids.length
    ? await tx.select().from(instructionReplies).where(inArray(instructionReplies.instructionId, ids)).orderBy(asc(instructionReplies.createdAt))
    : [];
  const people = [...new Set([...rows.map((r) => r.leaderId), ...replies.map((r) => r.authorId)])];
  const names = new Map(
    (people.length ? await tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, people)) : []).map((u) => [u.id, u.name]),
  );
  return rows.map((r) => ({
    id: r.id,
    taskId: r.taskId,
    leaderId: r.leaderId,
    leaderName: names.get(r.leaderId) ?? null,
    text: r.text,
    createdAt: iso(r.createdAt),
    replies: replies
      .filter((x) => x.instructionId === r.id)
      .map((x) => ({ id: x.id, authorName: names.get(x.authorId) ?? null, text: x.text, createdAt: iso(x.createdAt) })),
  }));
}

/** 领导批示: a district leader writes an instruction on a task; the lead unit is told and must answer it. */
export async function createInstruction(ctx: AuthedContext, taskId: string, text: string): Promise<TInstruction> {
  assertCan(hasPermission(ctx.actor.roles, 'instructions:write'));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const task = await findTask(tx, taskId);
    if (!task || !canSeeTask(ctx.actor, task) || task.status === 'draft') throw notFound();
    const [row] = await tx.insert(instructions).values({ id: uuidv7(), tenantId: ctx.actor.tenantId, taskId, leaderId: ctx.actor.userId, text, createdAt: now }).returning();
    if (!row) throw new AppError('INTERNAL');
    if (task.leadUnitId) {
      await notifyUsers(tx, await unitUserIds(tx, task.leadUnitId), {
        tenantId: ctx.actor.tenantId,
        kind: 'instruction',
        title: `领导批示：${task.code ?? ''} ${task.title}`,
        body: `${ctx.actor.displayName}：${text}`,
        entityType: 'task',
        entityId: taskId,
        dedupeKey: `instruction:${row.id}`,
        at: now,
      });
    }
    await recordAudit(tx, { ...auditBase(ctx), action: 'instruction.created', entityType: 'instruction', entityId: row.id, after: { taskId, text } });
    return (await present(tx, [row]))[0] as TInstruction;
  });
}

/** The lead unit answers a leader's instruction; the leader is told. */
export async function replyInstruction(ctx: AuthedContext, instructionId: string, text: string): Promise<TInstruction> {
  assertCan(canReadTasks(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const [instruction] = await tx.select().from(instructions).where(eq(instructions.id, instructionId));
    const task = instruction ? await findTask(tx, instruction.taskId) : undefined;
    if (!instruction || !task || !canSeeTask(ctx.actor, task)) throw notFound();
    assertAbility(taskVerdicts(ctx.actor, task), 'replyInstruction', { role: '由牵头单位回复领导批示' });
    const id = uuidv7();
    await tx.insert(instructionReplies).values({ id, tenantId: ctx.actor.tenantId, instructionId, authorId: ctx.actor.userId, text, createdAt: now });
    await notifyUsers(tx, [instruction.leaderId], {
      tenantId: ctx.actor.tenantId,
      kind: 'instruction_reply',
      title: `批示已回复：${task.code ?? ''} ${task.title}`,
      body: text,
      entityType: 'task',
      entityId: task.id,
      dedupeKey: `instruction-reply:${id}`,
      at: now,
    });
    await recordAudit(tx, { ...auditBase(ctx), action: 'instruction.replied', entityType: 'instruction', entityId: instructionId, after: { text } });
    return (await present(tx, [instruction]))[0] as TInstruction;
  });
}

export async function listInstructions(ctx: AuthedContext, taskId: string): Promise<TInstruction[]> {
  assertCan(canReadTasks(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const task = await findTask(tx, taskId);
    if (!task || !canSeeTask(ctx.actor, task)) throw notFound();
    return present(tx, await tx.select().from(instructions).where(eq(instructions.taskId, taskId)).orderBy(asc(instructions.createdAt)));
  });
}
