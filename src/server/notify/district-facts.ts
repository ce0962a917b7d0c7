import type { WorkingCalendar } from '../../domain/calendar/working-days';
import type { LightResult } from '../../domain/schedule';
import type { Settings } from '../../domain/settings';
import type { Executor } from '../db/client';
import type { CatchUpPlanRow } from '../modules/catch-up-plans/catch-up-plans.repository';
import type { TaskRow } from '../modules/tasks/tasks.repository';

/**
 * What the reminder run reads about a district, loaded once per district instead of once per task: a
 * province's daily run would otherwise make ten reads for each of its ~450,000 open tasks (issue 20, the
 * reminder pass < 5 minutes). The run then opens a task's transaction only when it has something to write.
 * Read in the same transaction as the lights, so a task's facts and its light agree (loadDistrictFacts, in
 * notify.repository.ts).
 */
export interface DistrictFacts {
  /** A unit's active operators and heads (who is told about its tasks). */
  unitUsers: Map<string, string[]>;
  /** The office's active supervisors. */
  supervisors: string[];
  /** Each task's last remembered light and since when. */
  lightStates: Map<string, { light: string; since: string }>;
  /** The status of each task's report for the current period, when it has one. */
  currentReports: Map<string, string>;
  /** Tasks with an approved report in one of the last two closed periods. */
  approvedRecently: Set<string>;
  /** Each task's catch-up plans, newest first. */
  plans: Map<string, CatchUpPlanRow[]>;
}

/** A write the run decided on; it returns how many notifications it put in inboxes. */
export type ReminderWrite = (tx: Executor) => Promise<number>;

/** What each of the run's per-task reminders is given. */
export interface FollowInput {
  task: TaskRow;
  light: LightResult;
  asOf: string;
  settings: Settings;
  calendar: WorkingCalendar;
  /** The lead unit's operators and heads. */
  unitUsers: string[];
  supervisors: string[];
  at: Date;
}
