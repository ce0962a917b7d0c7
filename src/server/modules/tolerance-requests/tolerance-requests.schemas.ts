import { z } from 'zod';
import { toleranceRulings, toleranceStatuses, toleranceTargetKinds } from '../../../domain/vocabulary';
import { toleranceRequestAbilityKeys } from '../../../domain/abilities';
import { zAbilities } from '../../policy/abilities';

export const ZFileToleranceBody = z.strictObject({
  targetKind: z.enum(toleranceTargetKinds),
  /** The fact as the assessment cites it: a remark, interview or action id, or "task id:YYYY-MM". */
  targetId: z.string().trim().min(1).max(80),
  circumstances: z.string().trim().min(1, '请说明有关情况').max(4000),
  evidence: z.string().trim().max(4000).optional(),
  /** Evidence files uploaded first through /api/v1/attachments (情况说明、会议纪要的扫描件、照片). */
  attachmentIds: z.array(z.uuid()).max(20).optional(),
});
export type TFileToleranceBody = z.infer<typeof ZFileToleranceBody>;

export const ZPrepareToleranceBody = z.strictObject({
  opinion: z.string().trim().min(1, '请填写审核意见').max(4000),
  version: z.number().int().positive(),
});
export type TPrepareToleranceBody = z.infer<typeof ZPrepareToleranceBody>;

export const ZToleranceRulingBody = z
  .strictObject({
    decision: z.enum(toleranceRulings),
    /** The points waived by a partial grant. */
    waivedPoints: z.number().positive().max(100).optional(),
    reasons: z.string().trim().min(1, '请写明认定理由').max(4000),
    version: z.number().int().positive(),
  })
  .refine((b) => (b.decision === 'partly_granted') === (b.waivedPoints !== undefined), {
    message: '部分容错须写明免扣分值，其他认定不填',
    path: ['waivedPoints'],
  });
export type TToleranceRulingBody = z.infer<typeof ZToleranceRulingBody>;

export const ZToleranceRequest = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  targetKind: z.enum(toleranceTargetKinds),
  targetId: z.string(),
  targetLabel: z.string(),
  circumstances: z.string(),
  evidence: z.string(),
  status: z.enum(toleranceStatuses),
  filedByName: z.string(),
  filedAt: z.string(),
  officeOpinion: z.string().nullable(),
  preparedAt: z.string().nullable(),
  rulingReasons: z.string().nullable(),
  waivedPoints: z.number().nullable(),
  ruledAt: z.string().nullable(),
  version: z.number().int(),
  abilities: zAbilities(toleranceRequestAbilityKeys),
});
export type TToleranceRequest = z.infer<typeof ZToleranceRequest>;

export const ZToleranceRequestList = z.object({
  items: z.array(ZToleranceRequest),
  abilities: z.object({ file: z.boolean() }),
  /** The kinds of fact this district lets units ask to have tolerated (a tenant setting). */
  tolerableKinds: z.array(z.enum(toleranceTargetKinds)),
});
export type TToleranceRequestList = z.infer<typeof ZToleranceRequestList>;
