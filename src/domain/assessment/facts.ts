/**
 * What an assessment is computed from: the year's units, tasks, reports, rectifications, month-end lights and
 * entries, as plain data (the server loads them; the engine does no I/O). Dates are `YYYY-MM-DD` in
 * Asia/Shanghai, months `YYYY-MM`. Every fact has an id so that a result can cite it as evidence.
 */
import { z } from 'zod';
import { isIsoDate, isIsoMonth } from './dates';
import { bonusKinds, cooperationRatings } from '../vocabulary';
import { taskStatuses } from '../workflow';
import { accountabilityTypes, bonusLevels, evaluationParties } from './scheme';
import { ZWaiver } from './waivers';
import { ZComponentRuling, ZVetoRuling } from './appeals';

const ZId = z.string().min(1);
const ZDate = z.string().refine(isIsoDate, 'a YYYY-MM-DD date');
const ZMonth = z.string().refine(isIsoMonth, 'a YYYY-MM month');
const ZScore = z.number().min(0).max(100);
const ZTitle = z.string().max(500);

/** A unit (单位): its kind (`department`, `street`, …) places it in a group unless the scheme says otherwise. */
export const ZUnitFact = z.object({
  id: ZId,
  name: z.string().min(1),
  kind: z.string().min(1),
  /** The unit's own group; used when the scheme lists the group and does not name the unit elsewhere. */
  groupKey: z.string().min(1).nullable().optional(),
});

/** Task statuses, as in the workflow. Draft, suspended and cancelled tasks are not assessed. */
export const factTaskStatuses = taskStatuses;

/** A task; only its lead unit (牵头单位) is assessed on it. `dueDate` is the due date after approved extensions. */
export const ZTaskFact = z
  .object({
    id: ZId,
    code: z.string(),
    title: ZTitle,
    leadUnitId: ZId,
    isKey: z.boolean(),
    startDate: ZDate,
    dueDate: ZDate,
    status: z.enum(factTaskStatuses),
    /** The day the task was completed; counted only when the status is `completed`. */
    completedAt: ZDate.nullable(),
    /** Percent done as of `asOf`. */
    progress: ZScore,
    /** 签收用时: working days from publishing to acceptance (tenant calendar); null while not accepted. */
    daysToAccept: z.number().int().min(0).nullable().optional(),
  })
  .refine((t) => t.dueDate >= t.startDate, { message: 'dueDate is before startDate', path: ['dueDate'] })
  .refine((t) => t.status !== 'completed' || t.completedAt !== null, {
    message: 'a completed task needs completedAt',
    path: ['completedAt'],
  });

/** A progress report a unit owes for a period (进展填报). */
export const ZExpectedReportFact = z.object({
  id: ZId,
  taskId: ZId,
  unitId: ZId,
  period: z.string().min(1),
  deadline: ZDate,
  submittedAt: ZDate.nullable(),
});

/** A rectification (整改) of a finding, closed when verified (销号). */
export const ZRectificationFact = z.object({
  id: ZId,
  unitId: ZId,
  title: ZTitle,
  deadline: ZDate,
  verifiedAt: ZDate.nullable(),
});

/** A task's light (红黄绿灯) at the end of a month, as the schedule computed it then. */
export const ZMonthEndLightFact = z.object({
  id: ZId,
  unitId: ZId,
  taskId: ZId,
  month: ZMonth,
  light: z.enum(['red', 'yellow', 'green']),
});

/** A public satisfaction score (群众满意度) of a unit for a period, entered or imported. */
export const ZSatisfactionEntry = z.object({
  id: ZId,
  unitId: ZId,
  period: z.string().min(1),
  score: ZScore,
});

/** One evaluation score (评议) of a unit by one party; several entries of a party are averaged. */
export const ZEvaluationEntry = z.object({
  id: ZId,
  unitId: ZId,
  party: z.enum(evaluationParties),
  score: ZScore,
  /** Who gave it, for the evidence label (e.g. the line department, or "survey batch 3"). */
  evaluator: z.string().max(200).nullable().optional(),
});

/** A lead unit's year-end rating (配合评价) of a co-unit on one task. */
export const ZCooperationRatingFact = z.object({
  id: ZId,
  unitId: ZId,
  rating: z.enum(cooperationRatings),
  /** The task and the rating lead unit, for the evidence label. */
  label: ZTitle,
});

/** A bonus claim (加分) with its evidence; only a claim verified by the supervisor counts. */
export const ZBonusEntry = z.object({
  id: ZId,
  unitId: ZId,
  kind: z.enum(bonusKinds),
  /** The honour's level or the affirming leader's level; null for bulletin praise. */
  level: z.enum(bonusLevels).nullable(),
  title: ZTitle,
  date: ZDate,
  isVerified: z.boolean(),
});

/** An event that may veto a unit (一票否决); `kind` is a veto key of the scheme. */
export const ZVetoEvent = z.object({
  id: ZId,
  unitId: ZId,
  kind: z.string().min(1),
  title: ZTitle,
  date: ZDate,
});

/** An interview (约谈) of the unit or its people. */
export const ZInterviewEntry = z.object({ id: ZId, unitId: ZId, title: ZTitle, date: ZDate });

/** An accountability action (问责) against the unit or its people. */
export const ZAccountabilityEntry = z.object({
  id: ZId,
  unitId: ZId,
  type: z.enum(accountabilityTypes),
  title: ZTitle,
  date: ZDate,
});

/** A criticism of the unit in a bulletin (通报批评 in a 通报). */
export const ZBulletinCriticismEntry = z.object({ id: ZId, unitId: ZId, title: ZTitle, date: ZDate });

/**
 * A department's item in a joint review (联审联批): late when its first answer came after the deadline, or when
 * it is still unanswered after it. The id cites the review and the item (`reviewId:itemId`).
 */
export const ZApprovalItemFact = z.object({
  id: ZId,
  unitId: ZId,
  title: ZTitle,
  deadline: ZDate,
  /** The day of the department's first answer; null while it has not answered. */
  answeredAt: ZDate.nullable(),
});

const collections = [
  'units',
  'tasks',
  'reports',
  'rectifications',
  'lights',
  'satisfaction',
  'evaluations',
  'bonuses',
  'vetoes',
  'interviews',
  'accountabilityActions',
  'bulletinCriticisms',
  'approvalItems',
  'waivers',
  'cooperationRatings',
] as const;

/** All facts of an assessment. Ids are unique within each collection, so nothing is counted twice. */
export const ZAssessmentFacts = z
  .object({
    units: z.array(ZUnitFact),
    tasks: z.array(ZTaskFact).default([]),
    reports: z.array(ZExpectedReportFact).default([]),
    rectifications: z.array(ZRectificationFact).default([]),
    lights: z.array(ZMonthEndLightFact).default([]),
    satisfaction: z.array(ZSatisfactionEntry).default([]),
    evaluations: z.array(ZEvaluationEntry).default([]),
    bonuses: z.array(ZBonusEntry).default([]),
    vetoes: z.array(ZVetoEvent).default([]),
    interviews: z.array(ZInterviewEntry).default([]),
    accountabilityActions: z.array(ZAccountabilityEntry).default([]),
    bulletinCriticisms: z.array(ZBulletinCriticismEntry).default([]),
    approvalItems: z.array(ZApprovalItemFact).default([]),
    /** Deduction facts waived by tolerance rulings (容错纠错, issue 16). */
    waivers: z.array(ZWaiver).default([]),
    cooperationRatings: z.array(ZCooperationRatingFact).default([]),
    /** Component scores set by upheld appeals against a published result (申诉, issue 17). */
    componentRulings: z.array(ZComponentRuling).optional(),
    /** Veto events set aside by upheld appeals. */
    vetoRulings: z.array(ZVetoRuling).optional(),
  })
  .superRefine((facts, ctx) => {
    for (const name of collections) {
      const seen = new Set<string>();
      facts[name].forEach((item: { id: string }, i: number) => {
        if (seen.has(item.id))
          ctx.addIssue({ code: 'custom', path: [name, i, 'id'], message: `duplicate id ${item.id}` });
        seen.add(item.id);
      });
    }
    // One light per task and month: a second would count the same red month twice.
    const months = new Set<string>();
    facts.lights.forEach((l, i) => {
      const key = `${l.taskId}\u0000${l.month}`;
      if (months.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['lights', i],
          message: `second light for ${l.taskId} in ${l.month}`,
        });
      months.add(key);
    });
  });

export type TUnitFact = z.output<typeof ZUnitFact>;
export type TTaskFact = z.output<typeof ZTaskFact>;
export type TExpectedReportFact = z.output<typeof ZExpectedReportFact>;
export type TRectificationFact = z.output<typeof ZRectificationFact>;
export type TMonthEndLightFact = z.output<typeof ZMonthEndLightFact>;
export type TSatisfactionEntry = z.output<typeof ZSatisfactionEntry>;
export type TEvaluationEntry = z.output<typeof ZEvaluationEntry>;
export type TCooperationRatingFact = z.output<typeof ZCooperationRatingFact>;
export type TBonusEntry = z.output<typeof ZBonusEntry>;
export type TVetoEvent = z.output<typeof ZVetoEvent>;
export type TInterviewEntry = z.output<typeof ZInterviewEntry>;
export type TAccountabilityEntry = z.output<typeof ZAccountabilityEntry>;
export type TBulletinCriticismEntry = z.output<typeof ZBulletinCriticismEntry>;
export type TApprovalItemFact = z.output<typeof ZApprovalItemFact>;
/** The parsed facts `assess` takes. */
export type TAssessmentFacts = z.output<typeof ZAssessmentFacts>;
/** Facts as supplied (collections other than units may be left out). */
export type TAssessmentFactsInput = z.input<typeof ZAssessmentFacts>;
