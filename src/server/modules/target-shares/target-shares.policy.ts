import { hasPermission } from '../../../domain/permissions';
import type { Actor } from '../../context';

/** Whoever reads tasks may ask for a target's shares; which ones they see the use case decides. */
export function canReadTargetShares(actor: Actor): boolean {
  return hasPermission(actor.roles, 'tasks:read');
}

/** The office sets a target's split (the abilities then ask about the task's state). */
export function canSplitTargets(actor: Actor): boolean {
  return hasPermission(actor.roles, 'tasks:manage');
}

/** Unit people report a share's figure; the abilities ask whether it is their unit's share or task. */
export function canReportTargetShares(actor: Actor): boolean {
  return actor.roles.some((r) => r === 'unit_head' || r === 'unit_operator');
}

/** Unit people may propose a split (the abilities ask whether their unit leads the task). */
export function canProposeSplits(actor: Actor): boolean {
  return actor.roles.some((r) => r === 'unit_head' || r === 'unit_operator');
}

/** The office approves a split the lead unit proposed. */
export function canApproveSplits(actor: Actor): boolean {
  return hasPermission(actor.roles, 'tasks:manage');
}
