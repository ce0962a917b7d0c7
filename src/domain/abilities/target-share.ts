import { hasPermission } from '../permissions';
import type { TaskStatus } from '../workflow';
import { isUnitUserOf, toAbilities, verdict, type AbilityActor, type Verdict } from './verdict';

/** The actions on a target's split as a whole. */
export const targetSplitAbilityKeys = ['split', 'propose', 'approve'] as const;
/** The actions on one unit's share. */
export const targetShareAbilityKeys = ['report'] as const;

// A split or a figure may change while the task is alive; a finished or cancelled task keeps its record.
const liveStatuses: ReadonlySet<TaskStatus> = new Set<TaskStatus>([
  'published',
  'in_progress',
  'completion_requested',
]);

/** What the share rules need to know of the target's task. */
export interface SplitTaskFacts {
  status: TaskStatus;
  leadUnitId: string | null;
}

/**
 * 分解到单位: the supervision office sets the whole split of a target (approved), drafts included, until the task
 * ends; the task's lead unit may propose one while nothing is approved yet, and the office approves it.
 */
export function targetSplitVerdicts(
  actor: AbilityActor,
  task: SplitTaskFacts,
  shares: ReadonlyArray<{ status: 'proposed' | 'approved' }>,
) {
  const office = hasPermission(actor.roles, 'tasks:manage');
  const open = task.status === 'draft' || liveStatuses.has(task.status);
  return {
    split: verdict(office, open),
    propose: verdict(
      task.leadUnitId !== null && isUnitUserOf(actor, [task.leadUnitId]),
      liveStatuses.has(task.status) && !shares.some((s) => s.status === 'approved'),
    ),
    approve: verdict(office, open && shares.some((s) => s.status === 'proposed')),
  } satisfies Record<(typeof targetSplitAbilityKeys)[number], Verdict>;
}

/** One share: its own unit (or the task's lead unit, which follows every share) reports its current value. */
export function targetShareVerdicts(
  actor: AbilityActor,
  task: SplitTaskFacts,
  share: { unitId: string; status: 'proposed' | 'approved' },
) {
  const units = task.leadUnitId ? [share.unitId, task.leadUnitId] : [share.unitId];
  return {
    report: verdict(isUnitUserOf(actor, units), liveStatuses.has(task.status) && share.status === 'approved'),
  } satisfies Record<(typeof targetShareAbilityKeys)[number], Verdict>;
}

/** Whoever sees every share of a target: the office and leaders (the whole ledger) and the task's lead unit. */
export function canSeeAllShares(actor: AbilityActor, task: SplitTaskFacts): boolean {
  if (hasPermission(actor.roles, 'tasks:read_all')) return true;
  return task.leadUnitId !== null && actor.unitId === task.leadUnitId;
}

export function targetShareAbilities(
  actor: AbilityActor,
  task: SplitTaskFacts,
  share: { unitId: string; status: 'proposed' | 'approved' },
) {
  return toAbilities(targetShareVerdicts(actor, task, share));
}
