import { z } from 'zod';

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
});
