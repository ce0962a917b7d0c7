import { hasPermission } from '../permissions';
import { nextStatus, type TaskStatus } from '../workflow';
import { isUnitUserOf, toAbilities, verdict, type AbilityActor, type Verdict } from './verdict';

/** What the task rules need to know of a task. */
export interface TaskFacts {
  status: TaskStatus;
  leadUnitId: string | null;
  coUnitIds: readonly string[];
}

/** The unit that leads the task (牵头单位) acts on it; cooperating units only see it. */
export function isLeadUnitUser(actor: AbilityActor, task: Pick<TaskFacts, 'leadUnitId'>): boolean {
  return task.leadUnitId !== null && isUnitUserOf(actor, [task.leadUnitId]);
}

/** Who may report progress on a task (进展填报): its lead unit. */
export function isReportingUnitUser(actor: AbilityActor, task: TaskFacts): boolean {
  return isLeadUnitUser(actor, task);
}

/** The actions of `taskVerdicts`, in the API's order: the zod shape of the abilities is built from this list. */
export const taskAbilityKeys = [
  'edit',
  'delete',
  'accept',
  'report',
  'planMilestones',
  'completeMilestone',
  'requestExtension',
  'requestCompletion',
  'changeStatus',
  'suspend',
  'resume',
  'cancel',
  'decideRequests',
  'instruct',
  'replyInstruction',
  'openCase',
  /** 配合评价: the lead unit rates its co-units (the task page's card; `PUT …/cooperation-ratings`). */
  'rateCooperation',
] as const;

/**
 * Every action on a task, with why it is refused: the one place that says who may do what to a task in
 * which state. The use cases assert these; the API sends them (as yes/no) with the task.
 */
export function taskVerdicts(actor: AbilityActor, task: TaskFacts) {
  const lead = isLeadUnitUser(actor, task);
  const manage = hasPermission(actor.roles, 'tasks:manage');
  const review = hasPermission(actor.roles, 'reports:review');
  const open = task.status !== 'completed' && task.status !== 'cancelled';
  const running = task.status === 'in_progress';
  const can = (action: Parameters<typeof nextStatus<'task'>>[2]) =>
    nextStatus('task', task.status, action) !== null;
  return {
    edit: verdict(manage, open),
    delete: verdict(manage, task.status === 'draft'),
    accept: verdict(lead, can('accept')),
    report: verdict(isReportingUnitUser(actor, task), running),
    planMilestones: verdict(lead || manage, open),
    completeMilestone: verdict(lead, running),
    requestExtension: verdict(lead, running || task.status === 'published'),
    requestCompletion: verdict(lead, can('request_completion')),
    changeStatus: verdict(review, task.status !== 'draft' && open),
    suspend: verdict(review, can('suspend')),
    resume: verdict(review, can('resume')),
    cancel: verdict(review, task.status !== 'draft' && can('cancel')),
    decideRequests: verdict(review),
    instruct: verdict(hasPermission(actor.roles, 'instructions:write'), task.status !== 'draft'),
    replyInstruction: verdict(lead),
    openCase: verdict(hasPermission(actor.roles, 'supervision:manage'), task.status !== 'draft' && open),
    rateCooperation: verdict(
      hasPermission(actor.roles, 'shares:write') && lead && task.coUnitIds.length > 0,
      task.status !== 'draft' && task.status !== 'cancelled',
    ),
  } satisfies Record<(typeof taskAbilityKeys)[number], Verdict>;
}
export type TaskAbility = keyof ReturnType<typeof taskVerdicts>;
export type TaskAbilities = Record<TaskAbility, boolean>;

/** The task's abilities as the API sends them. */
export function taskAbilities(actor: AbilityActor, task: TaskFacts): TaskAbilities {
  return toAbilities(taskVerdicts(actor, task));
}
