import { z } from 'zod';
import { acceptanceOutcomes } from '../../../domain/vocabulary';
import { ZAttachment } from '../attachments/attachments.schemas';
import { ZTaskRequest } from '../requests/requests.schemas';

/** 验收 of a task: where it stands, each completion request with its evidence, and what the caller may do. */
export const ZAcceptance = z
  .object({
    taskId: z.uuid(),
    state: z.enum(['none', 'requested', ...acceptanceOutcomes]),
    requests: z.array(
      ZTaskRequest.extend({
        evidence: z.array(ZAttachment),
        /** Who decided (the acceptance record: 验收人), null while pending. */
        decidedByName: z.string().nullable(),
      }),
    ),
    abilities: z.object({ request: z.boolean(), decide: z.boolean() }),
  })
  .meta({ id: 'Acceptance' });
export type TAcceptance = z.infer<typeof ZAcceptance>;

export const ZAcceptanceDecisionBody = z.strictObject({
  outcome: z.enum(acceptanceOutcomes),
  /** 验收意见, or what is missing when returning. */
  remarks: z.string().trim().max(5000).default(''),
  /** The pending request's version (409 when someone decided first). */
  version: z.number().int().positive(),
});
export type TAcceptanceDecisionBody = z.infer<typeof ZAcceptanceDecisionBody>;
