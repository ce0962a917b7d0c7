import { hasPermission } from '../permissions';
import { nextStatus, type ReportStatus } from '../workflow';
import { isReportingUnitUser, type TaskFacts } from './task';
import { isUnitUserOf, toAbilities, verdict, type AbilityActor, type Verdict } from './verdict';

export interface ReportFacts {
  unitId: string;
  status: ReportStatus;
}

/** 单位负责人审签: the head of the reporting unit signs the unit's report. */
export function isUnitHeadOf(actor: AbilityActor, unitId: string): boolean {
  return actor.unitId === unitId && actor.roles.includes('unit_head');
}

/** The actions of `reportVerdicts`, in the API's order: the zod shape of the abilities is built from this list. */
export const reportAbilityKeys = ['sign', 'review', 'correct'] as const;

/** Every action on a progress report and why it is refused: sign, review (approve or return), correct. */
export function reportVerdicts(actor: AbilityActor, report: ReportFacts, task: TaskFacts) {
  return {
    sign: verdict(isUnitHeadOf(actor, report.unitId), nextStatus('report', report.status, 'sign') !== null),
    // Approve may further need the head's sign-off (a tenant setting); return is open from the same states.
    review: verdict(
      hasPermission(actor.roles, 'reports:review'),
      nextStatus('report', report.status, 'return') !== null,
    ),
    // A returned report is corrected and submitted again by its own unit, while that unit may still report.
    correct: verdict(
      isUnitUserOf(actor, [report.unitId]) && isReportingUnitUser(actor, task),
      report.status === 'returned' && task.status === 'in_progress',
    ),
  } satisfies Record<(typeof reportAbilityKeys)[number], Verdict>;
}
export type ReportAbilities = Record<keyof ReturnType<typeof reportVerdicts>, boolean>;

export function reportAbilities(actor: AbilityActor, report: ReportFacts, task: TaskFacts): ReportAbilities {
  return toAbilities(reportVerdicts(actor, report, task));
}
