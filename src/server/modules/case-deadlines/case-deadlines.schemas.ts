import { z } from 'zod';
import { deadlineStates } from '../../../domain/case-deadlines';

/** Sent with every case, rectification and instruction: its deadline light and the calendar days left. */
export const deadlineFields = {
  /** null once answered or closed. */
  deadlineState: z.enum(deadlineStates).nullable(),
  /** Calendar days to the due date, negative once past (-3: 已超期 3 天); null when no state. */
  daysLeft: z.number().int().nullable(),
};

/** `?deadline=overdue|due_soon` on the lists. */
export const ZDeadlineQuery = z.object({ deadline: z.enum(['overdue', 'due_soon']).optional() });
export type TDeadlineQuery = z.infer<typeof ZDeadlineQuery>;

/** An instruction on the district's list (GET /api/v1/instructions). */
export const ZInstructionItem = z.object({
  id: z.string(),
  taskId: z.string(),
  taskCode: z.string().nullable(),
  taskTitle: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  leaderName: z.string().nullable(),
  text: z.string(),
  createdAt: z.string(),
  dueDate: z.string(),
  answered: z.boolean(),
  ...deadlineFields,
});
export type TInstructionItem = z.infer<typeof ZInstructionItem>;

const ZCounts = z.object({ open: z.number(), dueSoon: z.number(), overdue: z.number() });

/** 督办事项办理情况: what the cockpit and the bulletin count, as of a day. */
export const ZCaseDeadlineSummary = z.object({
  asOf: z.string(),
  cases: ZCounts,
  rectifications: ZCounts,
  instructions: ZCounts,
  /** The overdue items, longest over first, each with its units' names. */
  overdue: z.array(
    z.object({
      kind: z.enum(['case', 'rectification', 'instruction']),
      id: z.string(),
      title: z.string(),
      unitNames: z.array(z.string()),
      dueDate: z.string(),
      daysOverdue: z.number().int(),
    }),
  ),
});
export type TCaseDeadlineSummary = z.infer<typeof ZCaseDeadlineSummary>;
