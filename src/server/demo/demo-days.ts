/** Small calendar and lookup helpers of the demo's year (play-demo-year.ts). */
import type { TTask } from '../modules/tasks/tasks.schemas';
import { demoUnits, type DemoTaskPlan } from './demo-plan';

// The last month's reports of these tasks wait for the office's review, so its workbench has work.
export const pendingReviewKeys = new Set(['新增就业', '便民生活圈']);
export const msPerDay = 86_400_000;
export const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / msPerDay;

export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * msPerDay).toISOString().slice(0, 10);
}

export function unitOf(code: string) {
  const unit = demoUnits.find((u) => u.code === code);
  if (!unit) throw new Error(`no demo unit ${code}`);
  return unit;
}

export interface PlayInput {
  plenaryMonth: string;
  today: string;
  districtName: string;
  /** The district's code in its public addresses (/public/<slug>/…). */
  slug: string;
  reportText: string;
  /** The real now: last month's bulletin and the assessment entries are made then. */
  now: Date;
}

export interface Live {
  plan: DemoTaskPlan;
  task: TTask;
  clerk: string;
  head: string;
  progress: number;
}

/** Plays the plenary and the twelve months after it, then today's bulletin and assessment entries. */
