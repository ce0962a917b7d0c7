import { z } from 'zod';
import { appealAbilityKeys, publicationAbilityKeys } from '../../../domain/abilities';
import { appealRulings, appealStatuses, appealTargetKinds } from '../../../domain/vocabulary';
import { zAbilities } from '../../policy/abilities';

const ZYear = z.coerce.number().int().min(2000).max(2100);

export const ZYearQuery = z.object({ year: ZYear });
export const ZYearParams = z.strictObject({ year: ZYear });

export const ZPublishBody = z.strictObject({
  /** Also on the public pages (/public/<district>/results): units, groups, totals, grades. */
  isPublic: z.boolean(),
});
export type TPublishBody = z.infer<typeof ZPublishBody>;

export const ZPublicationUpdateBody = z.strictObject({
  isPublic: z.boolean(),
  version: z.number().int().positive(),
});
export type TPublicationUpdateBody = z.infer<typeof ZPublicationUpdateBody>;

/** A year's publication (公示) as the API answers it, with what the caller may do. */
export const ZPublication = z.object({
  year: z.number().int(),
  /** The latest finalized version (a ruling finalizes again; the publication follows it). */
  latestVersion: z.number().int().nullable(),
  publication: z
    .object({
      firstVersion: z.number().int(),
      publishedOn: z.string(),
      windowEndsOn: z.string(),
      isPublic: z.boolean(),
      /** Units may appeal (today within the window). */
      isWindowOpen: z.boolean(),
      /** The window has ended: 已公示期满, the results are final. */
      isFinal: z.boolean(),
      publicPath: z.string().nullable(),
      version: z.number().int(),
    })
    .nullable(),
  /** The setting assessment.appealWindowDays (working days). */
  windowDays: z.number().int(),
  abilities: zAbilities(publicationAbilityKeys),
});
export type TPublication = z.infer<typeof ZPublication>;

export const ZFileAppealBody = z.strictObject({
  year: ZYear,
  targetKind: z.enum(appealTargetKinds),
  /** A component key; a deduction as "evidence kind:fact id" (as the result cites it); a veto's event id. */
  targetKey: z.string().trim().min(1).max(200),
  reasons: z.string().trim().min(1, '请写明申诉理由').max(4000),
  /** Evidence files uploaded first through /api/v1/attachments. */
  attachmentIds: z.array(z.uuid()).max(20).optional(),
});
export type TFileAppealBody = z.infer<typeof ZFileAppealBody>;

export const ZAppealRulingBody = z.strictObject({
  decision: z.enum(appealRulings),
  reasons: z.string().trim().min(1, '请写明复核理由').max(4000),
  /** A component's raw score (0–100) as the ruling sets it. */
  raw: z.number().min(0).max(100).optional(),
  /** The deduction points a partial ruling removes. */
  points: z.number().positive().max(100).optional(),
  version: z.number().int().positive(),
});
export type TAppealRulingBody = z.infer<typeof ZAppealRulingBody>;

export const ZAppeal = z.object({
  id: z.string(),
  year: z.number().int(),
  unitId: z.string(),
  unitName: z.string(),
  resultVersion: z.number().int(),
  targetKind: z.enum(appealTargetKinds),
  targetKey: z.string(),
  targetLabel: z.string(),
  points: z.number().nullable(),
  reasons: z.string(),
  status: z.enum(appealStatuses),
  filedByName: z.string(),
  filedAt: z.string(),
  rulingReasons: z.string().nullable(),
  ruledRaw: z.number().nullable(),
  ruledPoints: z.number().nullable(),
  newResultVersion: z.number().int().nullable(),
  ruledAt: z.string().nullable(),
  version: z.number().int(),
  abilities: zAbilities(appealAbilityKeys),
});
export type TAppeal = z.infer<typeof ZAppeal>;

export const ZAppealList = z.object({ items: z.array(ZAppeal) });
export type TAppealList = z.infer<typeof ZAppealList>;
