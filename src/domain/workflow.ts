/**
 * State machines of the workflow: tasks, progress reports, extension/completion requests, supervision cases
 * (督办件) and rectifications (整改). Each machine is a table of actions; a move not in the table is refused.
 */

export const taskStatuses = [
  'draft',
  'published',
  'in_progress',
  'completion_requested',
  'completed',
  'suspended',
  'cancelled',
] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export const taskActions = [
  'publish',
  'accept',
  'request_completion',
  'approve_completion',
  'reject_completion',
  'suspend',
  'resume',
  'cancel',
] as const;
export type TaskAction = (typeof taskActions)[number];

/** The states a task can be suspended from, and so the states `resume` can return it to. */
export const suspendableTaskStatuses = ['published', 'in_progress', 'completion_requested'] as const;
export type SuspendableTaskStatus = (typeof suspendableTaskStatuses)[number];
export interface TaskTransitionOptions {
  /** Where `resume` returns the task: the state it was suspended from (default `in_progress`). */
  resumeTo?: SuspendableTaskStatus;
}

export const reportStatuses = ['submitted', 'signed', 'approved', 'returned'] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export const reportActions = ['sign', 'approve', 'return', 'resubmit'] as const;
export type ReportAction = (typeof reportActions)[number];
export interface ReportTransitionOptions {
  /** When the tenant requires the unit head's sign-off, a report is approved only once signed (default false). */
  requireSignOff?: boolean;
}

/** Extension and completion requests (延期申请 / 办结申请) share one machine. */
export const requestStatuses = ['pending', 'approved', 'rejected'] as const;
export type RequestStatus = (typeof requestStatuses)[number];
export const requestActions = ['approve', 'reject'] as const;
export type RequestAction = (typeof requestActions)[number];

export const supervisionCaseStatuses = ['issued', 'answered', 'closed', 'escalated'] as const;
export type SupervisionCaseStatus = (typeof supervisionCaseStatuses)[number];
export const supervisionCaseActions = ['answer', 'close', 'send_back', 'escalate', 'reissue'] as const;
export type SupervisionCaseAction = (typeof supervisionCaseActions)[number];

export const rectificationStatuses = ['open', 'submitted', 'verified'] as const;
export type RectificationStatus = (typeof rectificationStatuses)[number];
export const rectificationActions = ['submit', 'verify', 'reject'] as const;
export type RectificationAction = (typeof rectificationActions)[number];

/** Achievement declarations (个人政绩申报): the office verifies or rejects a declared item, once. */
export const achievementStatuses = ['declared', 'verified', 'rejected'] as const;
export type AchievementStatus = (typeof achievementStatuses)[number];
export const achievementActions = ['verify', 'reject'] as const;
export type AchievementAction = (typeof achievementActions)[number];

/** Statuses, actions and options of each machine, by name. */
export interface Machines {
  task: { status: TaskStatus; action: TaskAction; options: TaskTransitionOptions };
  report: { status: ReportStatus; action: ReportAction; options: ReportTransitionOptions };
  request: { status: RequestStatus; action: RequestAction; options: Record<string, never> };
  supervisionCase: {
    status: SupervisionCaseStatus;
    action: SupervisionCaseAction;
    options: Record<string, never>;
  };
  rectification: { status: RectificationStatus; action: RectificationAction; options: Record<string, never> };
  achievement: { status: AchievementStatus; action: AchievementAction; options: Record<string, never> };
}
export type MachineName = keyof Machines;
type StatusOf<M extends MachineName> = Machines[M]['status'];
type ActionOf<M extends MachineName> = Machines[M]['action'];
type OptionsOf<M extends MachineName> = Machines[M]['options'];

/** One action: the states it leaves from, and where it goes (a function when options decide). */
interface Move<M extends MachineName> {
  from: readonly StatusOf<M>[];
  to: StatusOf<M> | ((from: StatusOf<M>, options: OptionsOf<M>) => StatusOf<M> | null);
}
type Table<M extends MachineName> = { readonly [A in ActionOf<M>]: Move<M> };

const taskTable: Table<'task'> = {
  publish: { from: ['draft'], to: 'published' },
  accept: { from: ['published'], to: 'in_progress' },
  request_completion: { from: ['in_progress'], to: 'completion_requested' },
  approve_completion: { from: ['completion_requested'], to: 'completed' },
  reject_completion: { from: ['completion_requested'], to: 'in_progress' },
  suspend: { from: suspendableTaskStatuses, to: 'suspended' },
  resume: {
    from: ['suspended'],
    // A task goes back to where it was; a target it could not have been suspended from is refused.
    to: (_from, { resumeTo = 'in_progress' }) =>
      (suspendableTaskStatuses as readonly string[]).includes(resumeTo) ? resumeTo : null,
  },
  cancel: {
    from: ['draft', 'published', 'in_progress', 'completion_requested', 'suspended'],
    to: 'cancelled',
  },
};

const reportTable: Table<'report'> = {
  sign: { from: ['submitted'], to: 'signed' },
  approve: {
    from: ['submitted', 'signed'],
    to: (from, { requireSignOff = false }) => (requireSignOff && from !== 'signed' ? null : 'approved'),
  },
  return: { from: ['submitted', 'signed'], to: 'returned' },
  resubmit: { from: ['returned'], to: 'submitted' },
};

const requestTable: Table<'request'> = {
  approve: { from: ['pending'], to: 'approved' },
  reject: { from: ['pending'], to: 'rejected' },
};

const supervisionCaseTable: Table<'supervisionCase'> = {
  answer: { from: ['issued'], to: 'answered' },
  close: { from: ['answered'], to: 'closed' },
  send_back: { from: ['answered'], to: 'issued' },
  escalate: { from: ['issued', 'answered'], to: 'escalated' },
  reissue: { from: ['escalated'], to: 'issued' },
};

const rectificationTable: Table<'rectification'> = {
  submit: { from: ['open'], to: 'submitted' },
  verify: { from: ['submitted'], to: 'verified' },
  reject: { from: ['submitted'], to: 'open' },
};

const achievementTable: Table<'achievement'> = {
  verify: { from: ['declared'], to: 'verified' },
  reject: { from: ['declared'], to: 'rejected' },
};

const tables: { readonly [M in MachineName]: Table<M> } = {
  task: taskTable,
  report: reportTable,
  request: requestTable,
  supervisionCase: supervisionCaseTable,
  rectification: rectificationTable,
  achievement: achievementTable,
};

/** Every status and action of each machine, in display order. */
export const machineStatuses: { readonly [M in MachineName]: readonly StatusOf<M>[] } = {
  task: taskStatuses,
  report: reportStatuses,
  request: requestStatuses,
  supervisionCase: supervisionCaseStatuses,
  rectification: rectificationStatuses,
  achievement: achievementStatuses,
};
export const machineActions: { readonly [M in MachineName]: readonly ActionOf<M>[] } = {
  task: taskActions,
  report: reportActions,
  request: requestActions,
  supervisionCase: supervisionCaseActions,
  rectification: rectificationActions,
  achievement: achievementActions,
};

/** The status `action` leads to from `from` in `machine`, or null when the move is not allowed. */
export function nextStatus<M extends MachineName>(
  machine: M,
  from: StatusOf<M>,
  action: ActionOf<M>,
  options?: OptionsOf<M>,
): StatusOf<M> | null {
  const table: Table<M> = tables[machine];
  // Values may come straight from a request body: an unknown action (even 'constructor') is simply refused.
  if (!Object.hasOwn(table, action)) return null;
  const move: Move<M> = table[action];
  if (!move.from.includes(from)) return null;
  return typeof move.to === 'function' ? move.to(from, options ?? ({} as OptionsOf<M>)) : move.to;
}

/** The actions allowed from `from`, in the machine's action order, so the UI shows only the buttons that work. */
export function allowedActions<M extends MachineName>(
  machine: M,
  from: StatusOf<M>,
  options?: OptionsOf<M>,
): ActionOf<M>[] {
  return machineActions[machine].filter((action) => nextStatus(machine, from, action, options) !== null);
}

/** Raised for a move the machine does not allow; the server answers 409 INVALID_TRANSITION. */
export class InvalidTransitionError extends Error {
  readonly code = 'INVALID_TRANSITION';
  constructor(
    readonly machine: MachineName,
    readonly from: string,
    readonly action: string,
  ) {
    super(`${machine}: cannot ${action} from ${from}`);
    this.name = 'InvalidTransitionError';
  }
}

/** Returns the next status of an allowed move, or throws InvalidTransitionError. */
export function assertTransition<M extends MachineName>(
  machine: M,
  from: StatusOf<M>,
  action: ActionOf<M>,
  options?: OptionsOf<M>,
): StatusOf<M> {
  const to = nextStatus(machine, from, action, options);
  if (to === null) throw new InvalidTransitionError(machine, from, action);
  return to;
}

/** Next task status, or null; `resume` returns to `options.resumeTo` (default `in_progress`). */
export function nextTaskStatus(
  from: TaskStatus,
  action: TaskAction,
  options?: TaskTransitionOptions,
): TaskStatus | null {
  return nextStatus('task', from, action, options);
}

/** Next report status, or null; with `requireSignOff` only a signed report can be approved. */
export function nextReportStatus(
  from: ReportStatus,
  action: ReportAction,
  options?: ReportTransitionOptions,
): ReportStatus | null {
  return nextStatus('report', from, action, options);
}

/** Next status of an extension or completion request, or null. */
export function nextRequestStatus(from: RequestStatus, action: RequestAction): RequestStatus | null {
  return nextStatus('request', from, action);
}

/** Next status of a supervision case (督办件), or null. */
export function nextSupervisionCaseStatus(
  from: SupervisionCaseStatus,
  action: SupervisionCaseAction,
): SupervisionCaseStatus | null {
  return nextStatus('supervisionCase', from, action);
}

/** Next status of a rectification (整改), or null. */
export function nextRectificationStatus(
  from: RectificationStatus,
  action: RectificationAction,
): RectificationStatus | null {
  return nextStatus('rectification', from, action);
}
