import { z } from 'zod';
import { attachmentAbilityKeys } from '../../../domain/abilities';
import { attachmentKinds, attachmentOwnerKinds } from '../../../domain/vocabulary';
import { zAbilities } from '../../policy/abilities';

export const ZAttachment = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(attachmentKinds),
    mediaType: z.string(),
    size: z.number().int(),
    hasThumbnail: z.boolean(),
    unitId: z.uuid().nullable(),
    ownerKind: z.enum(attachmentOwnerKinds).nullable(),
    ownerId: z.uuid().nullable(),
    createdAt: z.string(),
    abilities: zAbilities(attachmentAbilityKeys),
  })
  .meta({ id: 'Attachment' });
export type TAttachment = z.infer<typeof ZAttachment>;

export const ZAttachmentList = z.object({ items: z.array(ZAttachment), total: z.number().int() });
export type TAttachmentList = z.infer<typeof ZAttachmentList>;

export const ZAttachmentListQuery = z.object({
  ownerKind: z.enum(attachmentOwnerKinds),
  ownerId: z.uuid(),
});
