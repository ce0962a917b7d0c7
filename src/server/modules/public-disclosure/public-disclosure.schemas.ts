import { z } from 'zod';
import { publicScopes } from '../../../domain/public-feedback';

export const ZDisclosureBody = z.strictObject({
  /** none: nothing public (the default); all: every published task of the decision; chosen: taskIds. */
  scope: z.enum(publicScopes),
  taskIds: z.array(z.uuid()).max(1000).default([]),
  /** The version read (0 when the decision was never marked); a stale one answers 409. */
  version: z.number().int().min(0),
});
export type TDisclosureBody = z.infer<typeof ZDisclosureBody>;

/** What of a decision is public, with its tasks and whether each shows on the public page now. */
export const ZDecisionDisclosure = z.object({
  decisionId: z.string(),
  scope: z.enum(publicScopes),
  taskIds: z.array(z.string()),
  version: z.number().int(),
  /** The public page's path (/public/<district code>/tasks). */
  publicPath: z.string(),
  /** The public 民生实事 page's path (/public/<district code>/livelihood). */
  livelihoodPath: z.string(),
  tasks: z.array(
    z.object({
      id: z.string(),
      code: z.string().nullable(),
      title: z.string(),
      /** Only published tasks (not drafts, suspended or cancelled ones) can be public. */
      canBePublic: z.boolean(),
      isPublic: z.boolean(),
      /** 民生实事: shown on the public livelihood list while at work or done (PUT /tasks/:id/livelihood). */
      isLivelihood: z.boolean(),
    }),
  ),
  /** update: the scope; markLivelihood: each task's 民生实事 switch. */
  abilities: z.object({ update: z.boolean(), markLivelihood: z.boolean() }),
});
export type TDecisionDisclosure = z.infer<typeof ZDecisionDisclosure>;

/** One public task: only these fields ever leave the server (test/security/public-routes.int.test.ts). */
export const ZPublicTask = z.object({
  /** The task's code (2024-QW-001), which a message about it names; never an internal id. */
  key: z.string(),
  decision: z.string(),
  title: z.string(),
  leadUnit: z.string().nullable(),
  dueDate: z.string().nullable(),
  progress: z.number().int(),
  light: z.enum(['red', 'yellow', 'green']).nullable(),
  /** The latest approved report's public summary (公开摘要), or null: never the internal report text. */
  publicSummary: z.string().nullable(),
  summaryPeriod: z.string().nullable(),
  /** The day the task or its public summary last changed. */
  updatedOn: z.string(),
});
export type TPublicTask = z.infer<typeof ZPublicTask>;

export const ZPublicTasks = z.object({
  district: z.string(),
  updatedAt: z.string(),
  asOf: z.string(),
  tasks: z.array(ZPublicTask),
});
export type TPublicTasks = z.infer<typeof ZPublicTasks>;

/** Published assessment results (考核结果公示) on the public pages: names, totals, ranks and grades only. */
export const ZPublicResults = z.object({
  district: z.string(),
  updatedAt: z.string(),
  asOf: z.string(),
  results: z
    .object({
      year: z.number().int(),
      publishedOn: z.string(),
      windowEndsOn: z.string(),
      /** 已公示期满: no more appeals, the results are final. */
      isFinal: z.boolean(),
      /** The finalized version shown (a later one follows an upheld appeal). */
      version: z.number().int(),
      /** The day the version shown was finalized. */
      updatedOn: z.string(),
      groups: z.array(
        z.object({
          name: z.string(),
          units: z.array(
            z.object({ unit: z.string(), total: z.number(), rank: z.number().int(), grade: z.string() }),
          ),
        }),
      ),
    })
    .nullable(),
});
export type TPublicResults = z.infer<typeof ZPublicResults>;
