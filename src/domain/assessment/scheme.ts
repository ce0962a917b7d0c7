/**
 * The assessment scheme (考核方案): a tenant's rules for one year, as data. It is validated here; storing its
 * versions and freezing a published one belong to the server (a change to a published scheme is a new version).
 */
import { z } from 'zod';
import {
  accountabilityTypes,
  bonusLevels,
  componentKeys,
  evaluationParties,
  noFactsPolicies,
  type AccountabilityType as TAccountabilityType,
  type BonusLevel as TBonusLevel,
  type ComponentKey as TComponentKey,
  type EvaluationParty as TEvaluationParty,
  type NoFactsPolicy as TNoFactsPolicy,
} from '../vocabulary';
import { isWholeCents } from './rounding';

export {
  accountabilityTypes,
  bonusLevels,
  componentKeys,
  evaluationParties,
  noFactsPolicies,
  type TAccountabilityType,
  type TBonusLevel,
  type TComponentKey,
  type TEvaluationParty,
  type TNoFactsPolicy,
};

const ZKey = z.string().regex(/^[a-z][a-z0-9_]*$/, 'a lower_snake_case key');
const ZName = z.string().trim().min(1).max(200);
/** Points, weights and amounts: 0–100 in whole cents, so sums are exact. */
const ZPoints = z.number().min(0).max(100).refine(isWholeCents, 'at most 2 decimals');
/** A cap on a sum of points; null means no cap. */
const ZCap = ZPoints.nullable().default(null);

const ZNoFacts = z.enum(noFactsPolicies);

const ZTaskCompletion = z.object({
  key: z.literal('task_completion'),
  weight: ZPoints,
  /** k: points lost per day a task was completed late. */
  lateDayPenalty: z.number().min(0).max(100).default(1),
  /** The lowest score of a task completed late. */
  lateFloor: z.number().min(0).max(100).default(60),
  /** How much a key task (重点任务) counts against an ordinary one (1). */
  keyTaskWeight: z.number().min(1).max(10).default(2),
  /**
   * A task due after the assessment year (跨年任务) and not completed in it: `prorate` (default) scores it against
   * its time-proportional plan and counts it by the share of its span that ran in the year so far; `exclude`
   * leaves it out until the year it is due. Prorate is the default because a multi-year task would otherwise
   * count in no year but its last, and the work planned for this year would go unassessed.
   */
  notDueInYear: z.enum(['prorate', 'exclude']).default('prorate'),
  whenNoFacts: ZNoFacts.default('reweight'),
});
const ZReportTimeliness = z.object({
  key: z.literal('report_timeliness'),
  weight: ZPoints,
  whenNoFacts: ZNoFacts.default('reweight'),
});
const ZRectification = z.object({
  key: z.literal('rectification'),
  weight: ZPoints,
  // No finding to rectify is the good outcome, so by default it earns full marks.
  whenNoFacts: ZNoFacts.default('full'),
});
const ZSatisfaction = z.object({
  key: z.literal('satisfaction'),
  weight: ZPoints,
  whenNoFacts: ZNoFacts.default('reweight'),
});
const ZEvaluation = z.object({
  key: z.literal('evaluation'),
  weight: ZPoints,
  /** Weights of the parties; they must add up to 100. */
  partyWeights: z
    .object({ self: ZPoints, organisation: ZPoints, serviceObject: ZPoints, lineManagement: ZPoints })
    .default({ self: 10, organisation: 40, serviceObject: 30, lineManagement: 20 }),
  /** Applies to each party without entries, and to the whole component when no party has any. */
  whenNoFacts: ZNoFacts.default('reweight'),
});
/**
 * cooperation (配合评价): the mean of the lead units' year-end ratings of the unit as a co-unit, each rating
 * worth `scores` (default good 100, fair 80, poor 60).
 */
const ZCooperation = z.object({
  key: z.literal('cooperation'),
  weight: ZPoints,
  scores: z
    .object({ good: ZPoints, fair: ZPoints, poor: ZPoints })
    .default({ good: 100, fair: 80, poor: 60 }),
  whenNoFacts: ZNoFacts.default('reweight'),
});
const ZComponent = z.discriminatedUnion('key', [
  ZTaskCompletion,
  ZReportTimeliness,
  ZRectification,
  ZSatisfaction,
  ZEvaluation,
  ZCooperation,
]);

const ZDeductionRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('interview'), amount: ZPoints, cap: ZCap }),
  z.object({
    kind: z.literal('accountability'),
    /** Points per action, by type; a type not listed deducts nothing. */
    amounts: z.partialRecord(z.enum(accountabilityTypes), ZPoints),
    cap: ZCap,
  }),
  z.object({ kind: z.literal('red_month'), amount: ZPoints, cap: ZCap }),
  /** `amount` for every `perCount` yellow month-end lights (two yellows −1: perCount 2, amount 1). */
  z.object({
    kind: z.literal('yellow_month'),
    amount: ZPoints,
    perCount: z.number().int().min(1).default(1),
    cap: ZCap,
  }),
  z.object({ kind: z.literal('missing_report'), amount: ZPoints, cap: ZCap }),
  z.object({ kind: z.literal('late_report'), amount: ZPoints, cap: ZCap }),
  z.object({ kind: z.literal('bulletin_criticism'), amount: ZPoints, cap: ZCap }),
  /** Per joint-review item a department answered late (or not at all by the deadline). */
  z.object({ kind: z.literal('approval_delay'), amount: ZPoints, cap: ZCap }),
]);

const ZBonusRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('honour'), amounts: z.partialRecord(z.enum(bonusLevels), ZPoints), cap: ZCap }),
  z.object({
    kind: z.literal('leader_affirmation'),
    amounts: z.partialRecord(z.enum(bonusLevels), ZPoints),
    cap: ZCap,
  }),
  z.object({ kind: z.literal('bulletin_praise'), amount: ZPoints, cap: ZCap }),
]);

const ZGroup = z.object({
  key: ZKey,
  name: ZName,
  /** Unit kinds that belong to the group, e.g. `department`, `street`. */
  unitKinds: z.array(z.string().min(1)).default([]),
  /** Units placed in the group by id; this wins over kinds and over a unit's own group. */
  unitIds: z.array(z.string().min(1)).default([]),
});

const ZGrade = z.object({
  key: ZKey,
  name: ZName,
  /** The lowest total that earns the grade. */
  floor: ZPoints,
  /** At most this percentage of the group's units, rounded down (20% of 9 units → 1). */
  quota: z.object({ maxPercent: ZPoints }).nullable().default(null),
});

/** Tie-break keys: a component (higher raw value wins), fewer red month-end lights, fewer deduction points. */
export const tieBreakKeys = [...componentKeys, 'fewer_red_months', 'fewer_deductions'] as const;
export type TTieBreakKey = (typeof tieBreakKeys)[number];

/** An assessment scheme as a tenant writes it (JSON). Parse it to get defaults and the checks below. */
export const ZAssessmentScheme = z
  .object({
    year: z.number().int().min(2000).max(2100),
    /** 0 is the built-in default; a tenant's published versions count from 1. */
    version: z.number().int().min(0),
    name: ZName,
    groups: z.array(ZGroup).min(1),
    components: z.array(ZComponent).min(1),
    deductions: z.object({ cap: ZCap, rules: z.array(ZDeductionRule) }),
    bonuses: z.object({ cap: ZCap, rules: z.array(ZBonusRule) }),
    /** One-vote vetoes (一票否决): events that set the grade to the lowest whatever the score. */
    vetoes: z.array(z.object({ key: ZKey, name: ZName })),
    /** Best first; the last is the lowest grade, which takes every vetoed unit. */
    grades: z.array(ZGrade).min(2),
    tieBreak: z.array(z.enum(tieBreakKeys)).default(['task_completion', 'fewer_red_months']),
  })
  .superRefine((s, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const cents = (n: number) => Math.round(n * 100);

    const weightSum = s.components.reduce((sum, c) => sum + cents(c.weight), 0);
    if (weightSum !== 10_000) {
      issue(['components'], `components[].weight must add up to 100, not ${weightSum / 100}`);
    }
    s.components.forEach((c, i) => {
      if (s.components.findIndex((o) => o.key === c.key) !== i)
        issue(['components', i, 'key'], `duplicate component ${c.key}`);
      if (c.key !== 'evaluation') return;
      const partySum = evaluationParties.reduce((sum, p) => sum + cents(c.partyWeights[p]), 0);
      if (partySum !== 10_000) {
        issue(
          ['components', i, 'partyWeights'],
          `components[${i}].partyWeights must add up to 100, not ${partySum / 100}`,
        );
      }
    });

    const seenUnitIds = new Set<string>();
    const seenKinds = new Set<string>();
    s.groups.forEach((g, i) => {
      if (s.groups.findIndex((o) => o.key === g.key) !== i)
        issue(['groups', i, 'key'], `duplicate group ${g.key}`);
      if (g.unitKinds.length === 0 && g.unitIds.length === 0)
        issue(['groups', i], `group ${g.key} has no unitKinds or unitIds`);
      // Each unit sits in exactly one group, so no id or kind may be claimed twice.
      for (const id of g.unitIds) {
        if (seenUnitIds.has(id)) issue(['groups', i, 'unitIds'], `unit ${id} is in more than one group`);
        seenUnitIds.add(id);
      }
      for (const kind of g.unitKinds) {
        if (seenKinds.has(kind))
          issue(['groups', i, 'unitKinds'], `unit kind ${kind} is in more than one group`);
        seenKinds.add(kind);
      }
    });

    s.deductions.rules.forEach((r, i) => {
      if (s.deductions.rules.findIndex((o) => o.kind === r.kind) !== i)
        issue(['deductions', 'rules', i, 'kind'], `duplicate deduction rule ${r.kind}`);
    });
    s.bonuses.rules.forEach((r, i) => {
      if (s.bonuses.rules.findIndex((o) => o.kind === r.kind) !== i)
        issue(['bonuses', 'rules', i, 'kind'], `duplicate bonus rule ${r.kind}`);
    });
    s.vetoes.forEach((v, i) => {
      if (s.vetoes.findIndex((o) => o.key === v.key) !== i)
        issue(['vetoes', i, 'key'], `duplicate veto ${v.key}`);
    });

    s.grades.forEach((g, i) => {
      if (s.grades.findIndex((o) => o.key === g.key) !== i)
        issue(['grades', i, 'key'], `duplicate grade ${g.key}`);
      const prev = s.grades[i - 1];
      if (prev && g.floor >= prev.floor)
        issue(['grades', i, 'floor'], `grades[${i}].floor must be below grades[${i - 1}].floor`);
    });
    const lowest = s.grades[s.grades.length - 1];
    if (lowest && lowest.floor !== 0)
      issue(['grades', s.grades.length - 1, 'floor'], 'the lowest grade must have floor 0');
    // The lowest grade takes whoever the quotas above push down, so it cannot be limited itself.
    if (lowest && lowest.quota !== null)
      issue(['grades', s.grades.length - 1, 'quota'], 'the lowest grade cannot have a quota');

    s.tieBreak.forEach((t, i) => {
      if (s.tieBreak.indexOf(t) !== i) issue(['tieBreak', i], `duplicate tie-break ${t}`);
      const isComponent = (componentKeys as readonly string[]).includes(t);
      if (isComponent && !s.components.some((c) => c.key === t))
        issue(['tieBreak', i], `tie-break ${t} is not a component of the scheme`);
    });
  });

/** A scheme as written (defaults optional). */
export type TAssessmentSchemeInput = z.input<typeof ZAssessmentScheme>;
/** A parsed scheme, with every default filled in. */
export type TAssessmentScheme = z.output<typeof ZAssessmentScheme>;
export type TSchemeComponent = TAssessmentScheme['components'][number];
export type TDeductionRule = TAssessmentScheme['deductions']['rules'][number];
export type TBonusRule = TAssessmentScheme['bonuses']['rules'][number];
export type TGrade = TAssessmentScheme['grades'][number];

/**
 * The scheme every tenant has for a year until it publishes its own: departments and streets ranked apart,
 * floors 90/80/60 and 优秀 for at most 20% of a group. Throws RangeError for a year outside 2000–2100.
 */
export function defaultScheme(year: number): TAssessmentScheme {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new RangeError(`no default scheme for year ${year}`);
  const input: TAssessmentSchemeInput = {
    year,
    version: 0,
    name: `${year}年度综合考核默认方案`,
    groups: [
      { key: 'departments', name: '区直部门', unitKinds: ['department'] },
      { key: 'streets', name: '街道（乡镇）', unitKinds: ['street', 'town'] },
    ],
    components: [
      { key: 'task_completion', weight: 40, lateDayPenalty: 1, lateFloor: 60, keyTaskWeight: 2 },
      { key: 'report_timeliness', weight: 10 },
      { key: 'rectification', weight: 10 },
      { key: 'satisfaction', weight: 15 },
      {
        key: 'evaluation',
        weight: 25,
        partyWeights: { self: 10, organisation: 40, serviceObject: 30, lineManagement: 20 },
      },
    ],
    deductions: {
      cap: 20,
      rules: [
        { kind: 'interview', amount: 1, cap: 5 },
        {
          kind: 'accountability',
          amounts: {
            circulated_criticism: 1,
            admonishment: 2,
            organisational_handling: 3,
            disciplinary_sanction: 5,
          },
          cap: 10,
        },
        { kind: 'red_month', amount: 2, cap: 10 },
        { kind: 'yellow_month', amount: 1, perCount: 2, cap: 5 },
        { kind: 'missing_report', amount: 0.5, cap: 5 },
        { kind: 'late_report', amount: 0.1, cap: 2 },
        { kind: 'bulletin_criticism', amount: 1, cap: 5 },
        { kind: 'approval_delay', amount: 0.5, cap: 5 },
      ],
    },
    bonuses: {
      cap: 5,
      rules: [
        { kind: 'honour', amounts: { national: 3, provincial: 2, city: 1 }, cap: null },
        { kind: 'leader_affirmation', amounts: { national: 3, provincial: 2, city: 1 }, cap: null },
        { kind: 'bulletin_praise', amount: 0.5, cap: 2 },
      ],
    },
    vetoes: [
      { key: 'major_safety_accident', name: '重大安全生产事故' },
      { key: 'stability_incident', name: '重大群体性事件（稳定）' },
      { key: 'discipline_case', name: '严重违纪违法案件' },
    ],
    grades: [
      { key: 'excellent', name: '优秀', floor: 90, quota: { maxPercent: 20 } },
      { key: 'good', name: '良好', floor: 80 },
      { key: 'fair', name: '一般', floor: 60 },
      { key: 'poor', name: '较差', floor: 0 },
    ],
    tieBreak: ['task_completion', 'fewer_red_months'],
  };
  return ZAssessmentScheme.parse(input);
}
