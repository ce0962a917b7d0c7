/**
 * 赶超措施: a task that turns red (or yellow, by setting) owes a catch-up plan from its lead unit within N
 * working days — the cause, the measures, new milestone dates. The office approves it or returns it; a plan
 * owed past its date is the light reason `catch_up_plan_overdue` and a reminder.
 */
import type { Light } from './vocabulary';
import type { CatchUpPlanStatus } from './vocabulary';

/** Tenant settings of catch-up plans. */
export interface CatchUpSettings {
  /** Working days the lead unit has to send the plan. */
  workingDays: number;
  /** Whether a yellow light requires a plan too (a red one always does). */
  onYellow: boolean;
}

/** A plan is owed (unsent) in these states. */
export const owedPlanStatuses: readonly CatchUpPlanStatus[] = ['required', 'returned'];

/** Whether a task with this light needs a catch-up plan. */
export function needsCatchUpPlan(light: Light, settings: CatchUpSettings): boolean {
  return light === 'red' || (light === 'yellow' && settings.onYellow);
}

/**
 * Whether the reminder run must require a new plan: the light needs one and no plan was required since the
 * light last turned (`lightSince`, YYYY-MM-DD) — one plan per red (or yellow) spell, however long it lasts.
 */
export function shouldRequirePlan(
  light: Light,
  lightSince: string,
  plans: ReadonlyArray<{ requiredSince: string }>,
  settings: CatchUpSettings,
): boolean {
  if (!needsCatchUpPlan(light, settings)) return false;
  return !plans.some((p) => p.requiredSince >= lightSince);
}

/** The due date of the plan the lead unit owes, if any (the latest owed one). */
export function owedPlanDueBy(
  plans: ReadonlyArray<{ status: CatchUpPlanStatus; dueDate: string }>,
): string | null {
  const owed = plans.filter((p) => owedPlanStatuses.includes(p.status)).map((p) => p.dueDate);
  return owed.length ? (owed.sort().at(-1) ?? null) : null;
}

/**
 * Whether the lead unit may send a plan now: one is owed, or the light needs one and none is awaiting the
 * office's review.
 */
export function maySubmitPlan(
  light: Light | null,
  plans: ReadonlyArray<{ status: CatchUpPlanStatus }>,
  settings: CatchUpSettings,
): boolean {
  if (plans.some((p) => owedPlanStatuses.includes(p.status))) return true;
  if (plans.some((p) => p.status === 'submitted')) return false;
  return light !== null && needsCatchUpPlan(light, settings);
}

/** New milestones of a plan: each dated, in order, none before the plan. */
export function planMilestonesProblem(
  milestones: ReadonlyArray<{ title: string; dueDate: string }>,
  today: string,
): { index: number; problem: 'past' | 'order' } | null {
  for (let i = 0; i < milestones.length; i++) {
    const m = milestones[i];
    if (!m) continue;
    if (m.dueDate < today) return { index: i, problem: 'past' };
    const prev = milestones[i - 1];
    if (prev && prev.dueDate > m.dueDate) return { index: i, problem: 'order' };
  }
  return null;
}
