import { z } from 'zod';
import { bulletinStatuses } from '../../../domain/vocabulary';
import type { BulletinData } from '../../documents/bulletin-docx';

export const ZCreateBulletinBody = z.strictObject({
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '期间格式应为 2024-07'),
  issuingOffice: z.string().trim().min(1).max(100).optional(),
});
export const ZBulletin = z.object({
  id: z.string(),
  period: z.string(),
  version: z.number().int(),
  /** 督查通报 第X期: the period's number within the year it was first generated in. */
  issueNumber: z.number().int().nullable(),
  issueYear: z.number().int().nullable(),
  asOf: z.string(),
  title: z.string(),
  createdAt: z.string(),
  data: z.unknown(),
  /** A draft is the office's alone; published, it goes to every unit (issue 16). */
  status: z.enum(bulletinStatuses),
  publishedAt: z.string().nullable(),
  /** 公开: its public version shows on the public pages (GET/PUT /bulletins/:id/public). */
  isPublic: z.boolean(),
  abilities: z.object({ publish: z.boolean(), editRemarks: z.boolean(), setPublic: z.boolean() }),
});
export type TCreateBulletinBody = z.infer<typeof ZCreateBulletinBody>;
/** `data` is the snapshot computeBulletinData wrote (BulletinData); zod does not restate it. */
export type TBulletin = Omit<z.infer<typeof ZBulletin>, 'data'> & { data: BulletinData };
