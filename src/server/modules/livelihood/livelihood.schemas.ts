import { z } from 'zod';
import { publicStandings } from '../../../domain/public-progress';

export const ZLivelihoodBody = z.strictObject({ isLivelihood: z.boolean() });
export type TLivelihoodBody = z.infer<typeof ZLivelihoodBody>;

export const ZTaskLivelihood = z.object({ taskId: z.string(), isLivelihood: z.boolean() });
export type TTaskLivelihood = z.infer<typeof ZTaskLivelihood>;

/** One 民生实事 on the public page: only these fields ever leave the server (public-routes.int.test.ts). */
export const ZPublicLivelihoodTask = z.object({
  /** The task's code (2024-QW-001); never an internal id. */
  key: z.string(),
  title: z.string(),
  leadUnit: z.string().nullable(),
  dueDate: z.string().nullable(),
  progress: z.number().int(),
  /** 已完成, 正常推进 (green or yellow), 进展滞后 (red). */
  standing: z.enum(publicStandings),
  light: z.enum(['red', 'yellow', 'green']).nullable(),
  /** The latest approved report's public summary (公开摘要), never the internal report text. */
  publicSummary: z.string().nullable(),
  summaryPeriod: z.string().nullable(),
  /** The day the task or its public summary last changed. */
  updatedOn: z.string(),
});
export type TPublicLivelihoodTask = z.infer<typeof ZPublicLivelihoodTask>;

export const ZStandingCounts = z.object({
  total: z.number().int(),
  done: z.number().int(),
  onTrack: z.number().int(),
  behind: z.number().int(),
});

export const ZPublicLivelihood = z.object({
  district: z.string(),
  updatedAt: z.string(),
  asOf: z.string(),
  summary: ZStandingCounts,
  tasks: z.array(ZPublicLivelihoodTask),
});
export type TPublicLivelihood = z.infer<typeof ZPublicLivelihood>;
