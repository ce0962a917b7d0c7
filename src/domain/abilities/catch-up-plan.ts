import { maySubmitPlan, type CatchUpSettings } from '../catch-up-plans';
import { hasPermission } from '../permissions';
import type { CatchUpPlanStatus, Light } from '../vocabulary';
import { isUnitUserOf, toAbilities, verdict, type AbilityActor, type Verdict } from './verdict';

/** The actions on a task's catch-up plans as a whole. */
export const catchUpPlansAbilityKeys = ['submit'] as const;
/** The actions on one plan. */
export const catchUpPlanAbilityKeys = ['review'] as const;

/** 赶超措施 of a task: its lead unit sends a plan when one is owed or the light needs one. */
export function catchUpPlansVerdicts(
  actor: AbilityActor,
  task: { leadUnitId: string | null; light: Light | null },
  plans: ReadonlyArray<{ status: CatchUpPlanStatus }>,
  settings: CatchUpSettings,
) {
  return {
    submit: verdict(
      task.leadUnitId !== null && isUnitUserOf(actor, [task.leadUnitId]),
      maySubmitPlan(task.light, plans, settings),
    ),
  } satisfies Record<(typeof catchUpPlansAbilityKeys)[number], Verdict>;
}

/** One plan: the supervision office approves or returns it while it awaits review. */
export function catchUpPlanVerdicts(actor: AbilityActor, plan: { status: CatchUpPlanStatus }) {
  return {
    review: verdict(hasPermission(actor.roles, 'catch_up_plans:review'), plan.status === 'submitted'),
  } satisfies Record<(typeof catchUpPlanAbilityKeys)[number], Verdict>;
}

export function catchUpPlanAbilities(actor: AbilityActor, plan: { status: CatchUpPlanStatus }) {
  return toAbilities(catchUpPlanVerdicts(actor, plan));
}
