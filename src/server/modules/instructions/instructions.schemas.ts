import { z } from 'zod';

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
