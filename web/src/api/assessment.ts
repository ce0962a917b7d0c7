/** Typed client of 考核评价: schemes, preview, entries, results (the engine's shape), finalize, achievements. */

import type { z } from 'zod';
import type {
  TAdjustments,
  TAssessmentScheme,
  TBonusRule,
  TComponentResult,
  TDeductionRule,
  TEvidence,
  TEvidenceKind,
  TGrade,
  TSchemeComponent,
} from '../../../src/domain/assessment/index';
import type {
  ZAchievement,
  ZCreateAchievementBody,
  ZCreateEntryBody,
  ZEntry,
  ZFinalizeBody,
  ZRejectAchievementBody,
  ZSchemeRecord,
  ZUpdateAchievementBody,
  ZVerifyAchievementBody,
} from '../../../src/server/modules/assessment/assessment.schemas';
import type { TShownResult, TShownUnit } from '../../../src/server/modules/assessment/present-results';
import type { TResultsSummary, TUnitSummary } from '../../../src/server/modules/assessment/summarize-results';
import type { TUnitResultDetail } from '../../../src/server/modules/assessment/load-unit-result';
import type { AchievementStatus } from '../../../src/domain/vocabulary';
import { api, download } from './client';

export {
  accountabilityTypes as ACCOUNTABILITY_KINDS,
  achievementStatuses as ACHIEVEMENT_STATUSES,
  assessmentEntryKinds as ENTRY_KINDS,
  bonusKinds as BONUS_KINDS,
  bonusLevels as BONUS_LEVELS,
  componentKeys as COMPONENT_KEYS,
  deductionKinds as DEDUCTION_KINDS,
  evaluationParties as EVALUATION_PARTIES,
  noFactsPolicies as NO_FACTS_POLICIES,
  type AccountabilityType as AccountabilityKind,
  type AchievementStatus,
  type AssessmentEntryKind as EntryKind,
  type BonusKind,
  type BonusLevel,
  type ComponentKey,
  type DeductionKind,
  type EvaluationParty,
  type NoFactsPolicy,
} from '../../../src/domain/vocabulary';

/** Every field of any member of a discriminated union, optional, beside the fields all members share. */
type AllKeys<U> = U extends unknown ? keyof U : never;
type FieldOf<U, K extends PropertyKey> = U extends unknown ? (K extends keyof U ? U[K] : never) : never;
type Editable<U> = Pick<U, keyof U> & { [K in Exclude<AllKeys<U>, keyof U>]?: FieldOf<U, K> };

/**
 * A component of the scheme as the editor holds it: the server's union of components (src/domain/assessment/
 * scheme.ts) with each kind's own fields optional, so one form edits any kind; the server validates on save.
 */
export type SchemeComponent = Editable<TSchemeComponent>;
export type DeductionRule = Editable<TDeductionRule>;
export type BonusRule = Editable<TBonusRule>;
/** 考核方案 as the server stores it, its unions loosened for the editor as above. */
export type Scheme = Omit<TAssessmentScheme, 'components' | 'deductions' | 'bonuses'> & {
  components: SchemeComponent[];
  deductions: { cap: number | null; rules: DeductionRule[] };
  bonuses: { cap: number | null; rules: BonusRule[] };
};
export type SchemeGroup = Scheme['groups'][number];
export type SchemeGrade = TGrade;

/** A stored scheme (or the default of a year without one); `scheme` is the parsed ZAssessmentScheme. */
export type SchemeRecord = Omit<z.infer<typeof ZSchemeRecord>, 'scheme'> & { scheme: Scheme };

export type EvidenceKind = TEvidenceKind;
export type Evidence = TEvidence;
export type ComponentResult = TComponentResult;
export type AdjustmentItem = Adjustments['items'][number];
export type Adjustments = TAdjustments<string>;
/** A unit's line in the results: every number, its evidence counted (`evidenceCount`), not listed. */
export type UnitResult = TUnitSummary;
export type GroupResult = AssessmentResult['groups'][number];
/** The engine's result as the API shows it: achievements beside each unit, and the finalized version if any. */
export type AssessmentResult = TResultsSummary;
/** One unit's breakdown with every evidence list, fetched when it opens. */
export type UnitDetail = TShownUnit;
export type UnitResultDetail = TUnitResultDetail;
/** The ranking a draft scheme would give (with every evidence list: there is no per-unit route for a draft). */
export type AssessmentPreview = TShownResult;

export type Entry = z.infer<typeof ZEntry>;
export type CreateEntryBody = z.input<typeof ZCreateEntryBody>;

/** 个人政绩申报: a cadre's achievement of the year. */
export type Achievement = z.infer<typeof ZAchievement>;
export type AchievementBody = z.input<typeof ZCreateAchievementBody>;

const enc = encodeURIComponent;

export const assessmentApi = {
  schemes: (year: number, signal?: AbortSignal) =>
    api.get<{ items: SchemeRecord[] }>('/assessment/schemes', { year }, signal),
  saveScheme: (year: number, scheme: Scheme) =>
    api.post<SchemeRecord>('/assessment/schemes', { year, scheme }),
  publishScheme: (id: string) => api.post<SchemeRecord>(`/assessment/schemes/${enc(id)}/publish`),
  preview: (year: number, scheme: Scheme, asOf?: string) =>
    api.post<AssessmentPreview>('/assessment/preview', { year, scheme, ...(asOf ? { asOf } : {}) }),
  results: (query: { year: number; asOf?: string; version?: number }, signal?: AbortSignal) =>
    api.get<AssessmentResult>('/assessment/results', { ...query }, signal),
  unitResult: (
    unitId: string,
    query: { year: number; asOf?: string; version?: number },
    signal?: AbortSignal,
  ) => api.get<UnitResultDetail>(`/assessment/results/units/${enc(unitId)}`, { ...query }, signal),
  finalize: (year: number, body: z.input<typeof ZFinalizeBody>) =>
    api.post<AssessmentResult>(`/assessment/results/${year}/finalize`, body),
  exportExcel: (query: { year: number; asOf?: string; version?: number }) =>
    download('/assessment/results/export', { ...query }),
  exportWord: (query: { year: number; asOf?: string; version?: number }) =>
    download('/assessment/results/document', { ...query }),
  entries: (year: number, signal?: AbortSignal) =>
    api.get<{ items: Entry[] }>('/assessment/entries', { year }, signal),
  createEntry: (body: CreateEntryBody) => api.post<Entry>('/assessment/entries', body),
  verifyEntry: (id: string) => api.post<Entry>(`/assessment/entries/${enc(id)}/verify`),
};

export const achievementsApi = {
  list: (query: { year: number; unitId?: string; status?: AchievementStatus }, signal?: AbortSignal) =>
    api.get<{ items: Achievement[] }>('/assessment/achievements', { ...query }, signal),
  declare: (body: AchievementBody) => api.post<Achievement>('/assessment/achievements', body),
  update: (id: string, body: z.input<typeof ZUpdateAchievementBody>) =>
    api.patch<Achievement>(`/assessment/achievements/${enc(id)}`, body),
  verify: (id: string, body: z.input<typeof ZVerifyAchievementBody>) =>
    api.post<Achievement>(`/assessment/achievements/${enc(id)}/verify`, body),
  reject: (id: string, body: z.input<typeof ZRejectAchievementBody>) =>
    api.post<Achievement>(`/assessment/achievements/${enc(id)}/reject`, body),
};
