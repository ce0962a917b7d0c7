import { addWorkingDays, type WorkingCalendar } from '../../../domain/calendar/working-days';
import { deadlineStanding, type DeadlineStanding, type DeadlineState } from '../../../domain/case-deadlines';
import type { Settings } from '../../../domain/settings';
import { shanghaiDate } from '../../clock';
import type { AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { loadWorkingCalendar } from '../calendar/load-working-calendar';
import { loadSettings } from '../settings/settings.repository';

/** Where an open (or closed) item stands against its due date, as of the rule's day. */
export type DeadlineRule = {
  asOf: string;
  standing: (dueDate: string, isOpen: boolean) => DeadlineStanding;
  /** The same, as the API sends it beside each item: `deadlineState` and `daysLeft`. */
  fields: (
    dueDate: string,
    isOpen: boolean,
  ) => { deadlineState: DeadlineState | null; daysLeft: number | null };
  /** The default due date of an instruction written on `asOf` (setting instructions.answerWorkingDays). */
  instructionDueDate: () => string;
};

/** Builds the rule from settings and calendar already loaded (the reminder run has them). */
export function deadlineRuleOf(asOf: string, settings: Settings, calendar: WorkingCalendar): DeadlineRule {
  const standing = (dueDate: string, isOpen: boolean) =>
    deadlineStanding(dueDate, isOpen, asOf, settings['supervision.dueSoonWorkingDays'], calendar);
  return {
    asOf,
    standing,
    fields: (dueDate, isOpen) => {
      const s = standing(dueDate, isOpen);
      return { deadlineState: s.state, daysLeft: s.daysLeft };
    },
    instructionDueDate: () => addWorkingDays(asOf, settings['instructions.answerWorkingDays'], calendar),
  };
}

/** The tenant's deadline rule as of a day: its settings and its working-day calendar. */
export async function loadDeadlineRule(tx: Executor, tenantId: string, asOf: string): Promise<DeadlineRule> {
  return deadlineRuleOf(asOf, await loadSettings(tx, tenantId), await loadWorkingCalendar(tx, tenantId));
}

/** A case waits on its units while issued (or sent back) or escalated; answered or closed it has no light. */
export function isCaseWaiting(status: string): boolean {
  return status === 'issued' || status === 'escalated';
}

/** A rectification is open until it is verified (销号), as its 逾期 flag has always read. */
export function isRectificationOpen(status: string): boolean {
  return status !== 'verified';
}

/** Keeps the items in the asked deadline state (all of them when none is asked). */
export function filterByDeadline<T extends { deadlineState: string | null }>(
  items: T[],
  deadline: 'overdue' | 'due_soon' | undefined,
): T[] {
  return deadline ? items.filter((i) => i.deadlineState === deadline) : items;
}

/** The caller's tenant's rule as of today (the request's clock). */
export async function todaysDeadlineRule(tx: Executor, ctx: AuthedContext): Promise<DeadlineRule> {
  return loadDeadlineRule(tx, ctx.actor.tenantId, shanghaiDate(ctx.clock.now()));
}
