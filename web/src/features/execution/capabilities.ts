import type { Me, Report, Task, TaskStatus } from '../../api/types';

/**
 * Who may do what on a task, mirroring the server's policies (tasks.policy.ts, reports.policy.ts) so that the
 * page offers only what will be allowed; the server checks every request again.
 */
export function isLeadUnitUser(me: Me, task: Pick<Task, 'leadUnitId'>): boolean {
  return (
    me.unitId !== null &&
    task.leadUnitId === me.unitId &&
    me.roles.some((r) => r === 'unit_head' || r === 'unit_operator')
  );
}

export function isSupervisor(me: Me): boolean {
  return me.roles.includes('supervisor');
}

export function isLeader(me: Me): boolean {
  return me.roles.includes('leader');
}

/** 单位负责人审签: the head of the reporting unit signs a submitted report. */
export function canSign(me: Me, report: Pick<Report, 'unitId' | 'status'>): boolean {
  return me.roles.includes('unit_head') && me.unitId === report.unitId && report.status === 'submitted';
}

export function canReview(me: Me, report: Pick<Report, 'status'>): boolean {
  return isSupervisor(me) && (report.status === 'submitted' || report.status === 'signed');
}

const SUSPENDABLE: readonly TaskStatus[] = ['published', 'in_progress', 'completion_requested'];
const CANCELLABLE: readonly TaskStatus[] = ['published', 'in_progress', 'completion_requested', 'suspended'];

/** The status actions the supervision office may take on a task in this state. */
export function statusActions(status: TaskStatus): ('suspend' | 'resume' | 'cancel')[] {
  const out: ('suspend' | 'resume' | 'cancel')[] = [];
  if (SUSPENDABLE.includes(status)) out.push('suspend');
  if (status === 'suspended') out.push('resume');
  if (CANCELLABLE.includes(status)) out.push('cancel');
  return out;
}
