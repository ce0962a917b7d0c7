import { z } from 'zod';
import { publicStandings } from '../../../domain/public-progress';
import { ZStandingCounts } from '../livelihood/livelihood.schemas';

/** A public or 民生实事 task in a public bulletin: public fields only, as of the bulletin's period. */
export const ZPublicBulletinTask = z.object({
  key: z.string(),
  title: z.string(),
  decision: z.string(),
  leadUnit: z.string().nullable(),
  dueDate: z.string().nullable(),
  /** From the latest approved report of the period or before (100 when done); null when none. */
  progress: z.number().int().nullable(),
  standing: z.enum(publicStandings),
  light: z.enum(['red', 'yellow', 'green']).nullable(),
  livelihood: z.boolean(),
});

/**
 * The public version of a bulletin (公开版通报), as kept when the office switched it public: aggregate figures
 * of the period, per decision, and the public and livelihood tasks — never unit rankings, persons, cases,
 * accountability or internal report text. Only these fields ever leave the server.
 */
export const ZPublicBulletinBody = z.object({
  period: z.string(),
  title: z.string(),
  /** 2024年第3期, or null for a bulletin numbered before numbering existed. */
  issue: z.string().nullable(),
  publishedOn: z.string(),
  /** The last day of the period: the figures are as of that day. */
  figuresAsOf: z.string(),
  overall: ZStandingCounts.extend({ completionRate: z.number() }),
  decisions: z.array(ZStandingCounts.extend({ title: z.string() })),
  tasks: z.array(ZPublicBulletinTask),
});
export type TPublicBulletinBody = z.infer<typeof ZPublicBulletinBody>;

export const ZPublicBulletin = ZPublicBulletinBody.extend({
  /** The office's foreword (前言), written for the public; null when none. */
  foreword: z.string().nullable(),
  /** The day the public version was last switched on or rewritten. */
  updatedOn: z.string(),
});
export type TPublicBulletin = z.infer<typeof ZPublicBulletin>;

export const ZPublicBulletinSummary = ZPublicBulletin.pick({
  period: true,
  title: true,
  issue: true,
  publishedOn: true,
  updatedOn: true,
});

export const ZPublicBulletinList = z.object({
  district: z.string(),
  updatedAt: z.string(),
  asOf: z.string(),
  bulletins: z.array(ZPublicBulletinSummary),
});
export type TPublicBulletinList = z.infer<typeof ZPublicBulletinList>;

export const ZPublicBulletinPage = z.object({
  district: z.string(),
  updatedAt: z.string(),
  asOf: z.string(),
  bulletin: ZPublicBulletin,
});
export type TPublicBulletinPage = z.infer<typeof ZPublicBulletinPage>;

export const ZPublicBulletinParams = z.strictObject({
  slug: z.string().max(200),
  period: z.string().max(40),
});

/** 公开设置 of a bulletin: on (with an optional foreword) or off. */
export const ZBulletinPublicBody = z.strictObject({
  isPublic: z.boolean(),
  foreword: z.string().trim().max(2000).nullable().default(null),
});
export type TBulletinPublicBody = z.infer<typeof ZBulletinPublicBody>;

/** What the office sees before and after switching a bulletin public: the public version itself. */
export const ZBulletinPublicVersion = z.object({
  bulletinId: z.string(),
  isPublic: z.boolean(),
  foreword: z.string().nullable(),
  publicAt: z.string().nullable(),
  /** Only a published bulletin can be public. */
  canBePublic: z.boolean(),
  /** A later published version of the period shows in its place (this one is then not shown). */
  superseded: z.boolean(),
  /** Where the public reads it (/public/<district code>/bulletins/<period>). */
  publicPath: z.string(),
  /** The public version: the one kept while public, else as it would be if switched on now. */
  preview: ZPublicBulletin,
  abilities: z.object({ update: z.boolean() }),
});
export type TBulletinPublicVersion = z.infer<typeof ZBulletinPublicVersion>;
