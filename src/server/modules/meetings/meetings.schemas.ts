import { z } from 'zod';
import { meetingAbilityKeys } from '../../../domain/meetings';
import {
  blockerEventKinds,
  blockerLevels,
  blockerStatuses,
  jointReviewItemStatuses,
  jointReviewStatuses,
  lights,
  meetingItemKinds,
  meetingStatuses,
  projectLightReasons,
  projectStages,
} from '../../../domain/vocabulary';
import { zAbilities } from '../../policy/abilities';
import { ZDate } from '../tasks/tasks.schemas';

const ZAttendees = z.array(z.string().trim().min(1).max(100)).max(100);

/** 新建例会: title, day, place, chair, attendees (names and titles as the minutes list them). */
export const ZCreateMeetingBody = z.strictObject({
  title: z.string().trim().min(1).max(200),
  heldOn: ZDate,
  location: z.string().trim().max(200).default(''),
  chair: z.string().trim().max(100).default(''),
  attendees: ZAttendees.default([]),
});
export type TCreateMeetingBody = z.infer<typeof ZCreateMeetingBody>;

/** Edits with `version`; `status: 'held'` marks the meeting held. */
export const ZUpdateMeetingBody = z.strictObject({
  version: z.number().int().positive(),
  title: z.string().trim().min(1).max(200).optional(),
  heldOn: ZDate.optional(),
  location: z.string().trim().max(200).optional(),
  chair: z.string().trim().max(100).optional(),
  attendees: ZAttendees.optional(),
  minutesNumber: z.string().trim().max(100).nullable().optional(),
  status: z.literal('held').optional(),
});
export type TUpdateMeetingBody = z.infer<typeof ZUpdateMeetingBody>;

/**
 * The agenda in the office's order: an existing item by id (its notes may change), or a new free item by
 * title. Items left out are removed, except those already decided on (409).
 */
export const ZAgendaBody = z.strictObject({
  version: z.number().int().positive(),
  items: z
    .array(
      z.union([
        z.strictObject({ id: z.uuid(), notes: z.string().max(4000).optional() }),
        z.strictObject({ title: z.string().trim().min(1).max(300), notes: z.string().max(4000).default('') }),
      ]),
    )
    .max(200),
});
export type TAgendaBody = z.infer<typeof ZAgendaBody>;

export const ZDraftAgendaBody = z.strictObject({ version: z.number().int().positive() });
export type TDraftAgendaBody = z.infer<typeof ZDraftAgendaBody>;

/** 议定事项: on an agenda item (or none), what, who leads (unit, leader), who helps, by when. */
export const ZDecisionBody = z.strictObject({
  itemId: z.uuid().nullable().optional(),
  content: z.string().trim().min(1).max(2000),
  leadUnitId: z.uuid('请选择牵头单位'),
  leaderId: z.uuid().nullable().optional(),
  coUnitIds: z.array(z.uuid()).max(50).default([]),
  dueDate: ZDate,
});
export type TDecisionBody = z.infer<typeof ZDecisionBody>;

const ZPhoto = z.object({ id: z.string(), name: z.string(), url: z.string().nullable() });

/** The facts of one agenda item, for the projector: one payload per item. */
export const ZItemFacts = z.object({
  project: z
    .object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      stage: z.enum(projectStages),
      light: z.enum(lights),
      reasons: z.array(z.enum(projectLightReasons)),
      /** 万元, as strings with two decimals. */
      annualPlan: z.string(),
      planToDate: z.string(),
      completed: z.string(),
      leaders: z.array(z.string()),
    })
    .nullable(),
  blocker: z
    .object({
      id: z.string(),
      kind: z.string(),
      title: z.string(),
      description: z.string(),
      ask: z.string(),
      level: z.enum(blockerLevels),
      status: z.enum(blockerStatuses),
      dueDate: z.string(),
      raisedAt: z.string(),
      ownerUnitName: z.string().nullable(),
      raisedByUnitName: z.string().nullable(),
      events: z.array(
        z.object({
          kind: z.enum(blockerEventKinds),
          fromLevel: z.enum(blockerLevels).nullable(),
          toLevel: z.enum(blockerLevels).nullable(),
          reason: z.string().nullable(),
          at: z.string(),
          actorName: z.string().nullable(),
        }),
      ),
    })
    .nullable(),
  review: z
    .object({
      id: z.string(),
      title: z.string(),
      deadline: z.string(),
      status: z.enum(jointReviewStatuses),
      items: z.array(
        z.object({
          unitName: z.string(),
          subject: z.string(),
          status: z.enum(jointReviewItemStatuses),
          answer: z.string().nullable(),
          overdue: z.boolean(),
        }),
      ),
    })
    .nullable(),
  carried: z
    .object({
      content: z.string(),
      dueDate: z.string(),
      leadUnitName: z.string().nullable(),
      meetingTitle: z.string(),
      heldOn: z.string(),
      taskId: z.string().nullable(),
      taskCode: z.string().nullable(),
      taskStatus: z.string().nullable(),
      taskProgress: z.number().nullable(),
    })
    .nullable(),
  photos: z.array(ZPhoto),
});
export type TItemFacts = z.infer<typeof ZItemFacts>;

export const ZMeetingDecision = z.object({
  id: z.string(),
  itemId: z.string().nullable(),
  blockerId: z.string().nullable(),
  projectId: z.string().nullable(),
  content: z.string(),
  leadUnitId: z.string(),
  leadUnitName: z.string().nullable(),
  coUnitIds: z.array(z.string()),
  coUnitNames: z.array(z.string()),
  leaderId: z.string().nullable(),
  leaderName: z.string().nullable(),
  dueDate: z.string(),
  taskId: z.string().nullable(),
  taskCode: z.string().nullable(),
  taskStatus: z.string().nullable(),
  position: z.number().int(),
  createdAt: z.string(),
});
export type TMeetingDecision = z.infer<typeof ZMeetingDecision>;

export const ZAgendaItem = z.object({
  id: z.string(),
  position: z.number().int(),
  kind: z.enum(meetingItemKinds),
  title: z.string(),
  notes: z.string(),
  blockerId: z.string().nullable(),
  projectId: z.string().nullable(),
  jointReviewId: z.string().nullable(),
  carriedDecisionId: z.string().nullable(),
  /** A decision was recorded on it: a new draft keeps it and the agenda cannot drop it. */
  decided: z.boolean(),
  facts: ZItemFacts,
});
export type TAgendaItem = z.infer<typeof ZAgendaItem>;

export const ZMeeting = z.object({
  id: z.string(),
  title: z.string(),
  heldOn: z.string(),
  location: z.string(),
  chair: z.string(),
  attendees: z.array(z.string()),
  status: z.enum(meetingStatuses),
  minutesNumber: z.string().nullable(),
  decisionId: z.string().nullable(),
  itemCount: z.number().int(),
  decisionCount: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: zAbilities(meetingAbilityKeys),
});
export type TMeeting = z.infer<typeof ZMeeting>;

/** GET /:id: the meeting with its agenda (each item with its facts) and its decisions. */
export const ZMeetingDetail = ZMeeting.extend({
  agenda: z.array(ZAgendaItem),
  decisions: z.array(ZMeetingDecision),
});
export type TMeetingDetail = z.infer<typeof ZMeetingDetail>;

export const ZMeetingList = z.object({
  items: z.array(ZMeeting),
  total: z.number().int(),
  abilities: z.object({ create: z.boolean() }),
});
export type TMeetingList = z.infer<typeof ZMeetingList>;

export const ZAgenda = z.object({ version: z.number().int(), items: z.array(ZAgendaItem) });
export type TAgenda = z.infer<typeof ZAgenda>;

export const ZMeetingDecisionList = z.object({ items: z.array(ZMeetingDecision) });
export type TMeetingDecisionList = z.infer<typeof ZMeetingDecisionList>;
