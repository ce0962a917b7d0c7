/**
 * Completion as acceptance (验收, issue #15): the lead unit asks with its evidence; the office — or the task's lead
 * leader, when the district lets leaders accept — accepts, accepts with remarks, or returns the task with what is
 * missing. An accepted task is 销号 (completed); a returned one goes back to in progress.
 */
import { hasPermission } from './permissions';
import type { AbilityActor } from './abilities/verdict';
import type { AcceptanceOutcome } from './vocabulary';

export interface AcceptanceSettings {
  byLeader: boolean;
  requireEvidence: boolean;
}

/** The request decision an outcome amounts to. */
export function requestDecisionOf(outcome: AcceptanceOutcome): 'approve' | 'reject' {
  return outcome === 'returned' ? 'reject' : 'approve';
}

/** What must accompany an outcome: remarks for "with remarks", what is missing for "returned". */
export function acceptanceProblems(
  outcome: AcceptanceOutcome,
  remarks: string,
): Array<{ path: string; message: string }> {
  if (remarks.trim() !== '' || outcome === 'accepted') return [];
  return [
    {
      path: 'remarks',
      message: outcome === 'returned' ? '退回时请写明需要补充的内容' : '请写明验收意见',
    },
  ];
}

/** Who may decide: the office always; the task's own lead leader when the setting allows it. */
export function mayDecideAcceptance(
  actor: AbilityActor,
  task: { leadLeaderId: string | null },
  settings: AcceptanceSettings,
): boolean {
  if (hasPermission(actor.roles, 'reports:review')) return true;
  return settings.byLeader && actor.roles.includes('leader') && task.leadLeaderId === actor.userId;
}

/** Whether a completion request cites enough evidence. */
export function evidenceProblems(
  attachmentCount: number,
  settings: AcceptanceSettings,
): Array<{ path: string; message: string }> {
  return settings.requireEvidence && attachmentCount === 0
    ? [{ path: 'attachmentIds', message: '申请验收须附佐证材料' }]
    : [];
}

export type AcceptanceState = 'none' | 'requested' | AcceptanceOutcome;

/** Where a task stands in acceptance, from its completion requests (newest last). */
export function acceptanceState(
  requests: ReadonlyArray<{ status: string; acceptance: AcceptanceOutcome | null }>,
): AcceptanceState {
  const last = requests.at(-1);
  if (!last) return 'none';
  if (last.status === 'pending') return 'requested';
  if (last.acceptance) return last.acceptance;
  return last.status === 'approved' ? 'accepted' : 'returned';
}

/** The outcome a plain approve/reject of a completion request records (the office's request queue). */
export function outcomeOfDecision(
  decision: 'approve' | 'reject',
  comment: string | null | undefined,
): AcceptanceOutcome {
  if (decision === 'reject') return 'returned';
  return comment && comment.trim() !== '' ? 'accepted_with_remarks' : 'accepted';
}
