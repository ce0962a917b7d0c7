/**
 * 周六例会 (issue 14): the weekly project meeting's agenda draft and its decisions' rules. Pure: the caller
 * loads the sources.
 *
 * The draft lists, in this order:
 * 1. last meetings' decisions not yet done (carried decisions: "next meeting's agenda starts with last meeting's
 *    decisions not yet done"), by the earlier meeting's date, then their order in that meeting;
 * 2. blockers escalated to the meeting (level 'meeting', status 'open'), oldest first (raised first);
 * 3. red projects, by code — except a project that already has a blocker item above: the blocker item shows the
 *    project's facts, so the project is not listed twice;
 * 4. joint reviews past their deadline with a department still pending, earliest deadline first.
 * Each source object appears at most once.
 */
import type { AbilityActor, Verdict } from './abilities/verdict';
import { verdict } from './abilities/verdict';
import { hasPermission } from './permissions';
import type { MeetingItemKind, MeetingStatus } from './vocabulary';

export interface CarriedDecisionSource {
  id: string;
  content: string;
  meetingHeldOn: string;
  position: number;
  projectId: string | null;
  blockerId: string | null;
}

export interface BlockerSource {
  id: string;
  title: string;
  raisedAt: string;
  projectId: string | null;
}

export interface RedProjectSource {
  id: string;
  code: string;
  name: string;
}

export interface OverdueReviewSource {
  id: string;
  title: string;
  deadline: string;
  projectId: string;
}

export interface AgendaSources {
  carried: readonly CarriedDecisionSource[];
  blockers: readonly BlockerSource[];
  redProjects: readonly RedProjectSource[];
  overdueReviews: readonly OverdueReviewSource[];
}

/** One drafted agenda item: its kind, the object it is about and its title. */
export interface DraftItem {
  kind: Exclude<MeetingItemKind, 'other'>;
  blockerId: string | null;
  projectId: string | null;
  jointReviewId: string | null;
  carriedDecisionId: string | null;
  title: string;
}

const byKeys =
  <T>(...keys: Array<(x: T) => string | number>) =>
  (a: T, b: T): number => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  };

const clip = (text: string, max = 300): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The source object an item is about, as one key ('blocker:…'), for telling items apart. */
export function sourceKey(item: {
  kind: MeetingItemKind;
  blockerId: string | null;
  projectId: string | null;
  jointReviewId: string | null;
  carriedDecisionId: string | null;
}): string | null {
  switch (item.kind) {
    case 'blocker':
      return item.blockerId ? `blocker:${item.blockerId}` : null;
    case 'project':
      return item.projectId ? `project:${item.projectId}` : null;
    case 'joint_review':
      return item.jointReviewId ? `joint_review:${item.jointReviewId}` : null;
    case 'carried_decision':
      return item.carriedDecisionId ? `carried_decision:${item.carriedDecisionId}` : null;
    default:
      return null;
  }
}

/** Drafts the agenda from its sources in the stable order above, without duplicates. */
export function draftAgenda(sources: AgendaSources): DraftItem[] {
  const none = { blockerId: null, projectId: null, jointReviewId: null, carriedDecisionId: null };
  const carried = [...sources.carried]
    .sort(
      byKeys(
        (c) => c.meetingHeldOn,
        (c) => c.position,
        (c) => c.id,
      ),
    )
    .map((c): DraftItem => ({
      ...none,
      kind: 'carried_decision',
      carriedDecisionId: c.id,
      blockerId: c.blockerId,
      projectId: c.projectId,
      title: clip(`上次议定事项：${c.content}`),
    }));
  const blockers = [...sources.blockers]
    .sort(
      byKeys(
        (b) => b.raisedAt,
        (b) => b.id,
      ),
    )
    .map((b): DraftItem => ({
      ...none,
      kind: 'blocker',
      blockerId: b.id,
      projectId: b.projectId,
      title: clip(b.title),
    }));
  const blockedProjects = new Set(blockers.map((b) => b.projectId).filter((p) => p !== null));
  const projects = [...sources.redProjects]
    .filter((p) => !blockedProjects.has(p.id))
    .sort(
      byKeys(
        (p) => p.code,
        (p) => p.id,
      ),
    )
    .map((p): DraftItem => ({
      ...none,
      kind: 'project',
      projectId: p.id,
      title: clip(`红灯项目：${p.name}`),
    }));
  const reviews = [...sources.overdueReviews]
    .sort(
      byKeys(
        (r) => r.deadline,
        (r) => r.id,
      ),
    )
    .map((r): DraftItem => ({
      ...none,
      kind: 'joint_review',
      jointReviewId: r.id,
      projectId: r.projectId,
      title: clip(`联审联批超期：${r.title}`),
    }));
  const seen = new Set<string>();
  return [...carried, ...blockers, ...projects, ...reviews].filter((item) => {
    const key = sourceKey(item) as string;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Merges a new draft into the agenda: items already decided and items the office added by hand stay (in their
 * order, first); the rest of the old draft goes; drafted items not already kept follow in the draft's order.
 */
export function mergeDraft(
  kept: readonly KeptItem[],
  draft: readonly DraftItem[],
): Array<KeptItem | DraftItem> {
  const keptKeys = new Set(kept.map(sourceKey).filter((k) => k !== null));
  return [...kept, ...draft.filter((d) => !keptKeys.has(sourceKey(d) as string))];
}

export interface KeptItem {
  id: string;
  kind: MeetingItemKind;
  blockerId: string | null;
  projectId: string | null;
  jointReviewId: string | null;
  carriedDecisionId: string | null;
  title: string;
}

/** Whether a drafted item may be replaced by a new draft: not decided on, not added by hand. */
export function isReplaceableDraftItem(item: { kind: MeetingItemKind }, decided: boolean): boolean {
  return !decided && item.kind !== 'other';
}

/** The decision input the rule checks (议定事项: who does what by when). */
export interface DecisionInput {
  leadUnitId?: string | null;
  dueDate?: string | null;
}

/**
 * The first field a decision lacks or gets wrong: no lead unit, no due date, or a due date before the meeting.
 * Null when it is whole.
 */
export function decisionProblem(
  input: DecisionInput,
  heldOn: string,
): { field: 'leadUnitId' | 'dueDate'; problem: 'missing' | 'before_meeting' } | null {
  if (!input.leadUnitId) return { field: 'leadUnitId', problem: 'missing' };
  if (!input.dueDate) return { field: 'dueDate', problem: 'missing' };
  if (input.dueDate < heldOn) return { field: 'dueDate', problem: 'before_meeting' };
  return null;
}

/** A carried decision is done when its task is completed or cancelled. */
export function isDecisionOpen(taskStatus: string | null): boolean {
  return taskStatus !== 'completed' && taskStatus !== 'cancelled';
}

/** The actions on a meeting. */
export const meetingAbilityKeys = ['update', 'draftAgenda', 'editAgenda', 'decide', 'markHeld'] as const;

/**
 * The office prepares and runs the meeting: edits and agenda while preparing or held (a decision may be recorded
 * during or after the meeting), a new draft only while preparing, mark held once. Minuted meetings are closed.
 */
export function meetingVerdicts(actor: AbilityActor, meeting: { status: MeetingStatus }) {
  const manage = hasPermission(actor.roles, 'meetings:manage');
  const open = meeting.status !== 'minuted';
  return {
    update: verdict(manage, open),
    draftAgenda: verdict(manage, meeting.status === 'preparing'),
    editAgenda: verdict(manage, open),
    decide: verdict(manage, open),
    markHeld: verdict(manage, meeting.status === 'preparing'),
  } satisfies Record<(typeof meetingAbilityKeys)[number], Verdict>;
}
