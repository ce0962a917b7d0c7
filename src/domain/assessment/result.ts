/**
 * The shape `assess` returns, which the API answers as is. Every number carries the facts that produced it.
 */
import type { BonusKind, DeductionKind } from '../vocabulary';
import type { TComponentKey, TEvaluationParty } from './scheme';

export type TEvidenceKind =
  | 'task'
  | 'report'
  | 'rectification'
  | 'light'
  | 'satisfaction'
  | 'evaluation'
  | 'cooperation'
  | 'interview'
  | 'accountability'
  | 'bulletin_criticism'
  | 'joint_review'
  | 'bonus'
  | 'veto'
  | 'appeal';

/** Why a fact counted as it did: a code the UI renders in zh-CN or en. */
export type TEvidenceReason =
  | 'on_time' // task completed, report submitted or rectification verified by its date
  | 'late' // task completed, report submitted or rectification verified after its date
  | 'late_floor' // task completed so late that its score stopped at the floor
  | 'in_progress' // task not completed, within its time
  | 'overdue' // task or rectification past its date and not done
  | 'not_due_in_year' // task due after the assessment year: counted by the share of its span that ran in the year
  | 'missing' // report past its deadline and not submitted
  | 'red'
  | 'yellow'
  | 'score' // an entered score (satisfaction, evaluation)
  | 'counted' // an entry that deducts, adds or vetoes
  | 'no_amount' // an entry the scheme gives no points to (e.g. a level it does not reward)
  | 'unverified' // a bonus claim not yet verified: listed, not counted
  | 'waived' // a deduction a tolerance ruling (容错纠错) or an appeal ruling waived, in whole or in part: listed, value after it
  | 'appeal_ruling'; // a component's raw score an appeal ruling (申诉复核) set: the ruling cited beside the facts

/** A fact cited for a number. */
export interface TEvidence {
  kind: TEvidenceKind;
  id: string;
  label: string;
  reason: TEvidenceReason;
  /** The fact's own value: a task's score, a report's 100 or 0, the points one entry deducts or adds. */
  value?: number;
  /** A task's weight in the mean: its importance, times its year share when it is due after the year. */
  weight?: number;
  /** The share (0–1, four decimals) of a task's span that ran within the assessment year up to asOf. */
  yearShare?: number;
  daysLate?: number;
  party?: TEvaluationParty;
  /** The tolerance ruling that waived (part of) this fact: the request, the points waived, its words. */
  waiver?: { id: string; points: number; label: string; by?: 'tolerance' | 'appeal' };
}

/** One component of a unit's score. */
export interface TComponentResult {
  key: TComponentKey;
  /** The weight in the scheme. */
  weight: number;
  /** The weight actually used: higher than `weight` when another component was left out and re-weighted. */
  effectiveWeight: number;
  /** 0–100, rounded to cents; null when the unit had no facts and the component was left out. */
  raw: number | null;
  /** raw × effectiveWeight / 100, rounded to cents. */
  points: number;
  isApplicable: boolean;
  evidence: TEvidence[];
}

/** The deduction or bonus of one kind of rule. */
export interface TAdjustmentItem<K extends string> {
  kind: K;
  /** How many facts counted. */
  count: number;
  /** Points after this kind's cap. */
  points: number;
  /** Points before this kind's cap. */
  uncappedPoints: number;
  cap: number | null;
  evidence: TEvidence[];
}

/** All deductions or all bonuses of a unit. `total` is after every cap; it is subtracted or added once. */
export interface TAdjustments<K extends string> {
  total: number;
  /** The sum of the items' points, before the overall cap. */
  uncappedTotal: number;
  cap: number | null;
  items: TAdjustmentItem<K>[];
}

export type TDeductionKind = DeductionKind;
export type TBonusKind = BonusKind;

/** A veto that applied to the unit. */
export interface TVetoResult {
  kind: string;
  name: string;
  evidence: TEvidence[];
}

/**
 * Notes on a grade: `quota_demoted` — the total reached a grade's floor but its quota was full;
 * `quota_tie_demoted` — tied (after every tie-break) at a quota's boundary with units that would not all fit,
 * so the whole tied block went down a grade; the committee may decide otherwise.
 */
export type TUnitFlag = 'quota_demoted' | 'quota_tie_demoted';

/** One unit's assessment. */
export interface TUnitResult {
  unitId: string;
  unitName: string;
  unitKind: string;
  /** Component points − deductions + bonuses. */
  total: number;
  /** 1 is best; tied units share a rank (1, 2, 2, 4); vetoed units rank after all others. */
  rank: number;
  /** The grade's name, e.g. 优秀. */
  grade: string;
  gradeKey: string;
  isVetoed: boolean;
  /** Red month-end lights counted (task × month), the second default tie-break. */
  redMonths: number;
  componentPoints: number;
  components: TComponentResult[];
  deductions: TAdjustments<TDeductionKind>;
  bonuses: TAdjustments<TBonusKind>;
  vetoes: TVetoResult[];
  flags: TUnitFlag[];
}

/** How many units a grade with a quota may take in a group. */
export interface TGroupQuota {
  gradeKey: string;
  /** floor(groupSize × maxPercent / 100): the quota rounds down, so a small group may have none. */
  maxUnits: number;
  maxPercent: number;
  groupSize: number;
}

export interface TGroupResult {
  key: string;
  name: string;
  quotas: TGroupQuota[];
  /** In rank order; tied units by unit id. */
  units: TUnitResult[];
}

/** The result of `assess`. */
export interface TAssessmentResult {
  year: number;
  asOf: string;
  schemeVersion: number;
  groups: TGroupResult[];
  /** Units no group of the scheme takes: not assessed, listed so the gap is visible. */
  unassignedUnits: { unitId: string; unitName: string; unitKind: string }[];
}
