/** Typed client of 考核评价: schemes, preview, entries, results (the engine's shape), finalize, achievements. */

import { api, download } from './client';
import type { TAchievement, TEntry } from '../../../src/server/modules/assessment/assessment.schemas';

export type ComponentKey =
  'task_completion' | 'report_timeliness' | 'rectification' | 'satisfaction' | 'evaluation';
export const COMPONENT_KEYS: readonly ComponentKey[] = [
  'task_completion',
  'report_timeliness',
  'rectification',
  'satisfaction',
  'evaluation',
];
export type EvaluationParty = 'self' | 'organisation' | 'serviceObject' | 'lineManagement';
export const EVALUATION_PARTIES: readonly EvaluationParty[] = [
  'self',
  'organisation',
  'serviceObject',
  'lineManagement',
];
export type BonusLevel = 'national' | 'provincial' | 'city' | 'district';
export const BONUS_LEVELS: readonly BonusLevel[] = ['national', 'provincial', 'city', 'district'];
export type NoFactsPolicy = 'reweight' | 'full' | 'zero';
export type DeductionKind =
  | 'interview'
  | 'accountability'
  | 'red_month'
  | 'yellow_month'
  | 'missing_report'
  | 'late_report'
  | 'bulletin_criticism';
export const DEDUCTION_KINDS: readonly DeductionKind[] = [
  'interview',
  'accountability',
  'red_month',
  'yellow_month',
  'missing_report',
  'late_report',
  'bulletin_criticism',
];
export type BonusKind = 'honour' | 'leader_affirmation' | 'bulletin_praise';
export const BONUS_KINDS: readonly BonusKind[] = ['honour', 'leader_affirmation', 'bulletin_praise'];
export type AccountabilityKind =
  'circulated_criticism' | 'admonishment' | 'organisational_handling' | 'disciplinary_sanction';

/** A component of the scheme; the extra fields belong to task_completion and evaluation. */
export interface SchemeComponent {
  key: ComponentKey;
  weight: number;
  whenNoFacts?: NoFactsPolicy;
  lateDayPenalty?: number;
  lateFloor?: number;
  keyTaskWeight?: number;
  /** Tasks due after the year: counted by their share of the year (prorate) or left out (exclude). */
  notDueInYear?: 'prorate' | 'exclude';
  partyWeights?: Record<EvaluationParty, number>;
}

export interface DeductionRule {
  kind: DeductionKind;
  amount?: number;
  amounts?: Partial<Record<AccountabilityKind, number>>;
  perCount?: number;
  cap: number | null;
}

export interface BonusRule {
  kind: BonusKind;
  amount?: number;
  amounts?: Partial<Record<BonusLevel, number>>;
  cap: number | null;
}

export interface SchemeGroup {
  key: string;
  name: string;
  unitKinds: string[];
  unitIds: string[];
}

export interface SchemeGrade {
  key: string;
  name: string;
  floor: number;
  quota: { maxPercent: number } | null;
}

/** 考核方案 as the server stores it (src/domain/assessment/scheme.ts). */
export interface Scheme {
  year: number;
  version: number;
  name: string;
  groups: SchemeGroup[];
  components: SchemeComponent[];
  deductions: { cap: number | null; rules: DeductionRule[] };
  bonuses: { cap: number | null; rules: BonusRule[] };
  vetoes: { key: string; name: string }[];
  grades: SchemeGrade[];
  tieBreak: string[];
}

export interface SchemeRecord {
  id: string | null;
  year: number;
  version: number;
  status: 'default' | 'draft' | 'published';
  scheme: Scheme;
  publishedAt: string | null;
}

export type EvidenceKind =
  | 'task'
  | 'report'
  | 'rectification'
  | 'light'
  | 'satisfaction'
  | 'evaluation'
  | 'interview'
  | 'accountability'
  | 'bulletin_criticism'
  | 'bonus'
  | 'veto';

export interface Evidence {
  kind: EvidenceKind;
  id: string;
  label: string;
  reason: string;
  value?: number;
  weight?: number;
  yearShare?: number;
  daysLate?: number;
  party?: EvaluationParty;
}

export interface ComponentResult {
  key: ComponentKey;
  weight: number;
  effectiveWeight: number;
  raw: number | null;
  points: number;
  isApplicable: boolean;
  evidence: Evidence[];
}

export interface AdjustmentItem {
  kind: string;
  count: number;
  points: number;
  uncappedPoints: number;
  cap: number | null;
  evidence: Evidence[];
}

export interface Adjustments {
  total: number;
  uncappedTotal: number;
  cap: number | null;
  items: AdjustmentItem[];
}

export interface UnitResult {
  unitId: string;
  unitName: string;
  unitKind: string;
  total: number;
  rank: number;
  grade: string;
  gradeKey: string;
  isVetoed: boolean;
  redMonths: number;
  componentPoints: number;
  components: ComponentResult[];
  deductions: Adjustments;
  bonuses: Adjustments;
  vetoes: { kind: string; name: string; evidence: Evidence[] }[];
  flags: string[];
  /** Verified achievements of the unit's cadres (个人政绩), beside the unit's assessment. */
  achievements?: { id: string; userName: string; title: string }[];
  /** Another unit's line shown to a unit (setting assessment.unitsSeeRanking): name, total, rank, grade only. */
  breakdownHidden?: boolean;
}

export interface GroupResult {
  key: string;
  name: string;
  quotas: { gradeKey: string; maxUnits: number; maxPercent?: number; groupSize?: number }[];
  units: UnitResult[];
}

export interface AssessmentResult {
  year: number;
  asOf: string;
  schemeVersion: number;
  groups: GroupResult[];
  unassignedUnits: { unitId: string; unitName: string; unitKind: string }[];
  /** The latest finalized (frozen) version of the year, if any. */
  finalized: { version: number; at: string; asOf: string; reason?: string | null } | null;
}

export type EntryKind = 'satisfaction' | 'evaluation' | 'bonus' | 'veto';

export interface Entry {
  id: string;
  year: number;
  kind: EntryKind;
  unitId: string;
  data: Record<string, unknown>;
  evidence: string | null;
  isVerified: boolean;
  createdAt: string;
  version: number;
  abilities: TEntry['abilities'];
}

export type CreateEntryBody =
  | {
      kind: 'satisfaction';
      year: number;
      unitId: string;
      evidence?: string | null;
      period: string;
      score: number;
    }
  | {
      kind: 'evaluation';
      year: number;
      unitId: string;
      evidence?: string | null;
      party: EvaluationParty;
      score: number;
      evaluator?: string | null;
    }
  | {
      kind: 'bonus';
      year: number;
      unitId: string;
      evidence?: string | null;
      bonusKind: BonusKind;
      level?: BonusLevel | null;
      title: string;
      date: string;
    }
  | {
      kind: 'veto';
      year: number;
      unitId: string;
      evidence?: string | null;
      vetoKind: string;
      title: string;
      date: string;
    };

export type AchievementStatus = 'declared' | 'verified' | 'rejected';
export const ACHIEVEMENT_STATUSES: readonly AchievementStatus[] = ['declared', 'verified', 'rejected'];

/** 个人政绩申报: a cadre's achievement of the year. */
export interface Achievement {
  id: string;
  year: number;
  userId: string;
  userName: string;
  unitId: string;
  unitName: string;
  title: string;
  description: string | null;
  evidence: string | null;
  taskIds: string[];
  tasks: { id: string; code: string | null; title: string }[];
  status: AchievementStatus;
  decisionComment: string | null;
  decidedAt: string | null;
  version: number;
  createdAt: string;
  abilities: TAchievement['abilities'];
}

export interface AchievementBody {
  year: number;
  title: string;
  description?: string | null;
  evidence?: string | null;
  taskIds?: string[];
}

const enc = encodeURIComponent;

export const assessmentApi = {
  schemes: (year: number, signal?: AbortSignal) =>
    api.get<{ items: SchemeRecord[] }>('/assessment/schemes', { year }, signal),
  saveScheme: (year: number, scheme: Scheme) =>
    api.post<SchemeRecord>('/assessment/schemes', { year, scheme }),
  publishScheme: (id: string) => api.post<SchemeRecord>(`/assessment/schemes/${enc(id)}/publish`),
  preview: (year: number, scheme: Scheme, asOf?: string) =>
    api.post<AssessmentResult>('/assessment/preview', { year, scheme, ...(asOf ? { asOf } : {}) }),
  results: (query: { year: number; asOf?: string; version?: number }, signal?: AbortSignal) =>
    api.get<AssessmentResult>('/assessment/results', { ...query }, signal),
  finalize: (year: number, body: { asOf?: string; reason?: string }) =>
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
  update: (id: string, body: Partial<AchievementBody> & { version: number }) =>
    api.patch<Achievement>(`/assessment/achievements/${enc(id)}`, body),
  verify: (id: string, body: { version: number; comment?: string | null }) =>
    api.post<Achievement>(`/assessment/achievements/${enc(id)}/verify`, body),
  reject: (id: string, body: { version: number; comment: string }) =>
    api.post<Achievement>(`/assessment/achievements/${enc(id)}/reject`, body),
};
