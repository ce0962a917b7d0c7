import { emptyCalendar, type WorkingCalendar } from '../../../domain/calendar/working-days';
import {
  acceptDeadline,
  defaultLightSettings,
  lastClosedPeriod,
  lightAsOf,
  type LightResult,
  type LightSettings,
} from '../../../domain/schedule';
import type { Settings } from '../../../domain/settings';
import { shanghaiDate } from '../../clock';
import type { Executor } from '../../db/client';
import type { reports } from '../../db/schema';
import { owedPlanDueBy } from '../../../domain/catch-up-plans';
import { loadWorkingCalendar } from '../calendar/load-working-calendar';
import { owedPlans } from '../catch-up-plans/catch-up-plans.repository';
import { activeBlockerDates } from '../blockers/blockers.repository';
import type { TaskDetails, TaskRow } from '../tasks/tasks.repository';
import {
  lightInputsOfTenant,
  milestoneDatesOfTenant,
  pendingCompletionRequestsOfTenant,
  periodReportsOfTasks,
  periodReportsOfTenant,
  stampOf,
} from './lights.repository';

export function lightSettingsOf(settings: Settings): LightSettings {
  return {
    redGap: settings['lights.redGap'],
    yellowGap: settings['lights.yellowGap'],
    halfTime: settings['lights.halfTime'],
    dueSoonDays: settings['lights.dueSoonDays'],
    reportPeriod: settings['reports.period'] === 'quarter' ? 'quarter' : defaultLightSettings.reportPeriod,
    acceptWorkingDays: settings['tasks.acceptWorkingDays'],
    blockerLightAfterDays: settings['blockers.lightAfterDays'],
  };
}

type LightInputRow = Pick<
  TaskRow,
  'id' | 'status' | 'startDate' | 'dueDate' | 'progress' | 'acceptedAt' | 'publishedAt'
>;

/** What the follow-through rules add to a light: the tenant's working days and the catch-up plans owed. */
interface FollowInputs {
  calendar: WorkingCalendar;
  /** Task id → due date of the catch-up plan its lead unit owes (required or returned). */
  planDue: Map<string, string>;
  /** Task id → the day its oldest open blocker was raised (堵点, blocker_open). */
  blockerSince: Map<string, string>;
  /** Task id → the day its pending completion request was made (验收: waiting for acceptance). */
  completionRequestedOn: Map<string, string>;
}

function owedPlanDueByTask(rows: Awaited<ReturnType<typeof owedPlans>>): Map<string, string> {
  const byTask = new Map<string, typeof rows>();
  for (const r of rows) byTask.set(r.taskId, [...(byTask.get(r.taskId) ?? []), r]);
  const due = new Map<string, string>();
  for (const [taskId, plans] of byTask) {
    const date = owedPlanDueBy(plans);
    if (date) due.set(taskId, date);
  }
  return due;
}

async function followInputsOf(tx: Executor, tenantId: string | undefined): Promise<FollowInputs> {
  if (!tenantId)
    return {
      calendar: emptyCalendar,
      planDue: new Map(),
      blockerSince: new Map(),
      completionRequestedOn: new Map(),
    };
  const blockerSince = new Map<string, string>();
  for (const b of await activeBlockerDates(tx)) {
    if (!b.taskId) continue;
    const day = shanghaiDate(b.raisedAt);
    const known = blockerSince.get(b.taskId);
    if (!known || day < known) blockerSince.set(b.taskId, day);
  }
  return {
    calendar: await loadWorkingCalendar(tx, tenantId),
    planDue: owedPlanDueByTask(await owedPlans(tx)),
    blockerSince,
    completionRequestedOn: new Map(
      (await pendingCompletionRequestsOfTenant(tx, tenantId)).map((r) => [
        r.taskId,
        shanghaiDate(r.requestedAt),
      ]),
    ),
  };
}
type MilestoneInput = { dueDate: string; completedAt: Date | null };

/** The pure rule over loaded inputs; `reportRows` are the last closed period's reports. */
function lightsOf(
  rows: LightInputRow[],
  milestones: Map<string, MilestoneInput[]>,
  reportRows: Array<{ taskId: string; period: string; status: (typeof reports.$inferSelect)['status'] }>,
  asOf: string,
  settings: LightSettings,
  follow: FollowInputs,
): Map<string, LightResult> {
  const reportsByTask = new Map<
    string,
    Array<{ period: string; status: (typeof reportRows)[number]['status'] }>
  >();
  for (const r of reportRows) {
    const list = reportsByTask.get(r.taskId);
    if (list) list.push(r);
    else reportsByTask.set(r.taskId, [r]);
  }
  const result = new Map<string, LightResult>();
  for (const row of rows) {
    if (!row.startDate || !row.dueDate) continue;
    result.set(
      row.id,
      lightAsOf(
        {
          status: row.status,
          startDate: row.startDate,
          dueDate: row.dueDate,
          progress: row.progress,
          acceptedAt: row.acceptedAt ? shanghaiDate(row.acceptedAt) : null,
          milestones: (milestones.get(row.id) ?? []).map((m) => ({
            dueDate: m.dueDate,
            completedAt: m.completedAt ? shanghaiDate(m.completedAt) : null,
          })),
          reports: reportsByTask.get(row.id) ?? [],
          acceptBy: row.publishedAt
            ? acceptDeadline(shanghaiDate(row.publishedAt), settings.acceptWorkingDays, follow.calendar)
            : null,
          catchUpPlanDueBy: follow.planDue.get(row.id) ?? null,
          oldestBlockerRaisedOn: follow.blockerSince.get(row.id) ?? null,
          completionRequestedOn: follow.completionRequestedOn.get(row.id) ?? null,
        },
        asOf,
        settings,
      ),
    );
  }
  return result;
}

// ---- the per-day light cache ----
// Lights change with the date and with writes to tasks, milestones, reports and settings. Each tenant's
// lights for a date are kept in memory with the tenant's light stamp (migration 0009: a new stamp at the
// commit of every such write). A read first asks for the stamp — one primary-key lookup — and recomputes
// when it differs, so a write is seen by the next read, in this process or in another server on the same
// database. The stamp is read BEFORE the inputs are loaded: under READ COMMITTED the inputs are then at
// least as new as the stamp, so an entry never holds data older than its stamp.

interface CacheEntry {
  stamp: string;
  lights: Map<string, LightResult>;
}
const cache = new Map<string, CacheEntry>();
/** Entries kept: a city's 15 districts × a few dates each, with room. */
const maxEntries = 200;
/** Above this many tasks, computeLights answers from the tenant's cached lights instead of querying. */
const cachedAbove = 200;
let enabled = true;
const counts = { hits: 0, misses: 0 };

/** Reads answered from the cache and reads that computed, since this process started (for the metrics). */
export function lightCacheCounts(): { hits: number; misses: number } {
  return { ...counts };
}

/** Benchmarks switch the cache off to time the computation it saves; tests leave it on. */
export function setLightCacheEnabled(on: boolean): void {
  enabled = on;
  cache.clear();
}

/** Every light of one tenant as of a date, computed from the database (no cache). */
export async function computeTenantLights(
  tx: Executor,
  tenantId: string,
  asOf: string,
  settings: LightSettings,
): Promise<Map<string, LightResult>> {
  const period = lastClosedPeriod(asOf, settings.reportPeriod).period;
  const rows = await lightInputsOfTenant(tx, tenantId);
  const milestoneRows = await milestoneDatesOfTenant(tx, tenantId);
  const milestones = new Map<string, MilestoneInput[]>();
  for (const m of milestoneRows) {
    const list = milestones.get(m.taskId);
    if (list) list.push(m);
    else milestones.set(m.taskId, [m]);
  }
  const reportRows = await periodReportsOfTenant(tx, tenantId, period);
  return lightsOf(rows, milestones, reportRows, asOf, settings, await followInputsOf(tx, tenantId));
}

/**
 * Every light of one tenant as of a date (task id → light), from the per-day cache when nothing a light
 * depends on has changed since it was computed. Tasks without dates have no entry.
 */
export async function tenantLights(
  tx: Executor,
  tenantId: string,
  asOf: string,
  settings: LightSettings,
): Promise<Map<string, LightResult>> {
  if (!enabled) return computeTenantLights(tx, tenantId, asOf, settings);
  const { stamp, dirty } = await stampOf(tx, tenantId);
  // Inside a transaction that has changed light inputs, only a fresh computation sees its own changes, and
  // it must not be kept: the transaction may still roll back.
  if (dirty) return computeTenantLights(tx, tenantId, asOf, settings);
  const key = `${tenantId}|${asOf}|${JSON.stringify(settings)}`;
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) {
    counts.hits += 1;
    return hit.lights;
  }
  counts.misses += 1;
  const lights = await computeTenantLights(tx, tenantId, asOf, settings);
  cache.delete(key);
  cache.set(key, { stamp, lights });
  if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
  return lights;
}

/**
 * The light of each task as of a date: the one computation (domain/schedule.ts) that the ledger, the task
 * page and the lights endpoint all show. A page of tasks is computed from the given rows; many tasks (a
 * whole district's) come from the tenant's per-day cache.
 */
export async function computeLights(
  tx: Executor,
  rows: Array<LightInputRow & Pick<TaskRow, 'tenantId'>>,
  // Or how to load them: a district's tasks come from the cache, which needs none.
  details: Pick<TaskDetails, 'milestones'> | (() => Promise<Pick<TaskDetails, 'milestones'>>),
  asOf: string,
  settings: LightSettings,
): Promise<Map<string, LightResult>> {
  const tenantId = rows[0]?.tenantId;
  if (tenantId && rows.length > cachedAbove && rows.every((r) => r.tenantId === tenantId)) {
    const all = await tenantLights(tx, tenantId, asOf, settings);
    const result = new Map<string, LightResult>();
    for (const row of rows) {
      const light = all.get(row.id);
      if (light) result.set(row.id, light);
    }
    return result;
  }
  const ids = rows.filter((r) => r.startDate && r.dueDate).map((r) => r.id);
  // The rule looks only at the last closed period's report: load that period's, not the whole history.
  const period = lastClosedPeriod(asOf, settings.reportPeriod).period;
  const reportRows = await periodReportsOfTasks(tx, ids, period);
  const follow = await followInputsOf(tx, tenantId);
  const { milestones } = typeof details === 'function' ? await details() : details;
  return lightsOf(rows, milestones, reportRows, asOf, settings, follow);
}
