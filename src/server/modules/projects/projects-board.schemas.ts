/**
 * Shapes of the board (poster, settings, public page and JSON) and of the ledger's import and export. The
 * web re-exports the inferred types (web/src/api/projects.ts).
 */
import { z } from 'zod';
import { lights, projectNodeKinds, projectPublicFields, projectStages } from '../../../domain/vocabulary';
import { ZDay, ZListProjectsQuery, ZWan } from './projects.schemas';

export const posterSizeNames = ['A3', 'A2'] as const;

export const ZBoardPosterQuery = z.strictObject({
  size: z.enum(posterSizeNames).default('A3'),
  /** The board's date (default today, Beijing). */
  asOf: ZDay.optional(),
  /** The sheet of a PNG when the board takes several (1 by default). */
  page: z.coerce.number().int().min(1).max(1000).optional(),
});
export type TBoardPosterQuery = z.infer<typeof ZBoardPosterQuery>;

export const ZBoardSettings = z.object({
  /** 0 until the board settings are first saved. */
  version: z.number().int(),
  publicFields: z.array(z.enum(projectPublicFields)),
  /** Every field that may be made public, in the order the board shows them. */
  availableFields: z.array(z.enum(projectPublicFields)),
  /** The projects marked public. */
  projectIds: z.array(z.string()),
  projects: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), isPublic: z.boolean() })),
  /** The page anyone may open: /public/<district code>/projects. */
  publicPath: z.string(),
  updatedAt: z.string().nullable(),
});
export type TBoardSettings = z.infer<typeof ZBoardSettings>;

export const ZBoardSettingsBody = z.strictObject({
  /** The version read (0 or left out when never saved); a stale one is 409. */
  version: z.number().int().min(0).optional(),
  publicFields: z.array(z.enum(projectPublicFields)).max(projectPublicFields.length),
  projectIds: z.array(z.uuid()).max(2000),
});
export type TBoardSettingsBody = z.infer<typeof ZBoardSettingsBody>;

export const ZPublicNode = z.strictObject({
  name: z.string(),
  kind: z.enum(projectNodeKinds),
  plannedStart: z.string(),
  plannedEnd: z.string(),
  baselineStart: z.string().nullable(),
  baselineEnd: z.string().nullable(),
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
  late: z.boolean(),
});

/** A public project: `key` (its code, never an id) and only the fields the office made public. */
export const ZPublicProject = z.strictObject({
  key: z.string(),
  code: z.string().optional(),
  name: z.string().optional(),
  type: z.string().optional(),
  source: z.string().optional(),
  stage: z.enum(projectStages).optional(),
  street: z.string().nullable().optional(),
  leaders: z.array(z.string()).optional(),
  address: z.string().nullable().optional(),
  ownerEnterprise: z.string().nullable().optional(),
  totalInvestment: ZWan.optional(),
  annualPlan: ZWan.optional(),
  completedThisYear: ZWan.optional(),
  plannedStart: z.string().nullable().optional(),
  plannedEnd: z.string().nullable().optional(),
  progressPct: z.number().int().optional(),
  light: z.enum(lights).optional(),
  nodes: z.array(ZPublicNode).optional(),
});
export type TPublicProject = z.infer<typeof ZPublicProject>;

export const ZPublicProjects = z.strictObject({
  district: z.string(),
  /** When this answer was built (ISO); it is at most a minute old. */
  updatedAt: z.string(),
  asOf: z.string(),
  fields: z.array(z.enum(projectPublicFields)),
  projects: z.array(ZPublicProject),
});
export type TPublicProjects = z.infer<typeof ZPublicProjects>;

/** A district's public slug: tenants.code. */
export const ZSlugParams = z.strictObject({ slug: z.string().max(200) });

export const ZProjectImportError = z.object({
  /** The sheet's row number, as Excel shows it (1 for the header or the whole file). */
  row: z.number().int(),
  /** The field the cell fills (`name`, `type`, …) or null for the whole row or file. */
  field: z.string().nullable(),
  /** The sheet's column heading (项目名称 …), or null. */
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});
export type TProjectImportError = z.infer<typeof ZProjectImportError>;

export const ZProjectImportResult = z.object({
  created: z.number().int(),
  codes: z.array(z.string()),
  errors: z.array(ZProjectImportError),
});
export type TProjectImportResult = z.infer<typeof ZProjectImportResult>;

/** The list's filters without paging: the export has every matching project. */
export const ZProjectExportQuery = ZListProjectsQuery.omit({ page: true, pageSize: true });
export type TProjectExportQuery = z.infer<typeof ZProjectExportQuery>;

export const ZInvestmentQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
