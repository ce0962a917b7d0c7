import { isInstructionOpen } from '../../../domain/case-deadlines';
import { tenantTx } from '../../context';
import { iso } from '../../http';
import type { DeadlineRule } from '../case-deadlines/load-deadline-rule';
import { repliesAndNames, type InstructionRow } from './instructions.repository';
import type { TInstruction } from './instructions.schemas';

export async function present(
  tx: Parameters<Parameters<typeof tenantTx>[1]>[0],
  rows: InstructionRow[],
  rule: DeadlineRule,
  taskStatus: string,
): Promise<TInstruction[]> {
  const { replies, names } = await repliesAndNames(tx, rows);
  return rows.map((r) => {
    const answered = replies.some((x) => x.instructionId === r.id);
    return {
      id: r.id,
      taskId: r.taskId,
      leaderId: r.leaderId,
      leaderName: names.get(r.leaderId) ?? null,
      text: r.text,
      createdAt: iso(r.createdAt),
      dueDate: r.dueDate,
      answered,
      ...rule.fields(r.dueDate, isInstructionOpen(answered, taskStatus)),
      replies: replies
        .filter((x) => x.instructionId === r.id)
        .map((x) => ({
          id: x.id,
          authorName: names.get(x.authorId) ?? null,
          text: x.text,
          createdAt: iso(x.createdAt),
        })),
    };
  });
}
