import { z } from 'zod';
import { requestAbilityKeys } from '../../../domain/abilities';
import { zAbilities } from '../../policy/abilities';
import { acceptanceOutcomes, requestKinds, requestStatuses } from '../../../domain/vocabulary';
import { ZDate } from '../tasks/tasks.schemas';

export const ZExtensionRequestBody = z.strictObject({
  newDueDate: ZDate,
  reason: z.string().trim().min(1, '请写明延期理由').max(5000),
});
export const ZCompletionRequestBody = z.strictObject({
  summary: z.string().trim().min(1, '请写明办结情况').max(20_000),
  /** Evidence uploaded first through /api/v1/attachments (验收材料). */
  attachmentIds: z.array(z.uuid()).max(20).default([]),
});
export const ZDecideRequestBody = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  comment: z.string().trim().max(5000).nullable().optional(),
});
export type TDecideRequestBody = z.infer<typeof ZDecideRequestBody>;

export const ZTaskRequest = z.object({
  id: z.string(),
  taskId: z.string(),
  kind: z.enum(requestKinds),
  status: z.enum(requestStatuses),
  reason: z.string(),
  newDueDate: z.string().nullable(),
  oldDueDate: z.string().nullable(),
  requestedBy: z.string(),
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
  decisionComment: z.string().nullable(),
  acceptance: z.enum(acceptanceOutcomes).nullable(),
  /** The task and who asked, so that the office's queue needs no further requests. */
  taskCode: z.string().nullable().optional(),
  taskTitle: z.string().optional(),
  requestedByName: z.string().nullable().optional(),
  abilities: zAbilities(requestAbilityKeys),
  version: z.number().int(),
});
export type TTaskRequest = z.infer<typeof ZTaskRequest>;
