import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { instructionReplies, instructions, users } from '../../db/schema';

export type InstructionRow = typeof instructions.$inferSelect;

/** The replies to the instructions, oldest first, and the names of everyone who wrote one or the other. */
export async function repliesAndNames(tx: Executor, rows: InstructionRow[]) {
  const ids = rows.map((r) => r.id);
  const replies = ids.length
    ? await tx
        .select()
        .from(instructionReplies)
        .where(inArray(instructionReplies.instructionId, ids))
        .orderBy(asc(instructionReplies.createdAt))
    : [];
  const people = [...new Set([...rows.map((r) => r.leaderId), ...replies.map((r) => r.authorId)])];
  const names = new Map(
    (people.length
      ? await tx
          .select({ id: users.id, name: users.displayName })
          .from(users)
          .where(inArray(users.id, people))
      : []
    ).map((u) => [u.id, u.name]),
  );
  return { replies, names };
}

export async function insertInstruction(
  tx: Executor,
  row: typeof instructions.$inferInsert,
): Promise<InstructionRow | undefined> {
  const [inserted] = await tx.insert(instructions).values(row).returning();
  return inserted;
}

export async function findInstruction(tx: Executor, id: string): Promise<InstructionRow | undefined> {
  const [instruction] = await tx.select().from(instructions).where(eq(instructions.id, id));
  return instruction;
}

export async function insertReply(tx: Executor, row: typeof instructionReplies.$inferInsert): Promise<void> {
  await tx.insert(instructionReplies).values(row);
}

export async function instructionsOfTask(tx: Executor, taskId: string): Promise<InstructionRow[]> {
  return tx
    .select()
    .from(instructions)
    .where(eq(instructions.taskId, taskId))
    .orderBy(asc(instructions.createdAt));
}
