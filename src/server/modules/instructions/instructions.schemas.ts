import { z } from 'zod';
import { deadlineFields } from '../case-deadlines/case-deadlines.schemas';
import { ZDate } from '../tasks/tasks.schemas';

export const ZInstructionBody = z.strictObject({
  text: z.string().trim().min(1, '请填写批示内容').max(10_000),
});
/** A leader writes the text and may set the day it is due (default: instructions.answerWorkingDays). */
export const ZCreateInstructionBody = ZInstructionBody.extend({ dueDate: ZDate.optional() });
export type TCreateInstructionBody = z.infer<typeof ZCreateInstructionBody>;
export const ZInstruction = z.object({
  id: z.string(),
  taskId: z.string(),
  leaderId: z.string(),
  leaderName: z.string().nullable(),
  text: z.string(),
  createdAt: z.string(),
  /** Answer by this day (issue 16); the light goes out with the first answer. */
  dueDate: z.string(),
  answered: z.boolean(),
  ...deadlineFields,
  replies: z.array(
    z.object({ id: z.string(), authorName: z.string().nullable(), text: z.string(), createdAt: z.string() }),
  ),
});
export type TInstruction = z.infer<typeof ZInstruction>;
export type TInstructionBody = z.input<typeof ZInstructionBody>;
