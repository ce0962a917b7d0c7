import { z } from 'zod';
import { formatWan } from '../../../domain/money';
import { countLights, flaggedProjects, investmentTotal } from '../../../domain/project-rollup';
import type { Settings } from '../../../domain/settings';
import { projectLightReasons } from '../../../domain/vocabulary';
import type { Actor } from '../../context';
import type { Executor } from '../../db/client';
import { loadProjectRollup } from '../projects/project-rollup';
import { projectScopeOf } from '../projects/projects.policy';

/** Red projects sent to the page (the count covers them all). */
export const RED_PROJECTS_LIMIT = 20;

const ZCockpitProject = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  type: z.string(),
  streetName: z.string().nullable(),
  reasons: z.array(z.enum(projectLightReasons)),
  /** 万元, two decimals ("1234.50"). */
  planToDate: z.string(),
  completed: z.string(),
});

/** The cockpit's key projects (重点项目): lights and investment of the plan year as of today. */
export const ZCockpitProjects = z.object({
  year: z.number(),
  total: z.number(),
  red: z.number(),
  yellow: z.number(),
  green: z.number(),
  /** Investment of the year's plan up to today (the current month prorated by day), 万元. */
  planToDate: z.string(),
  /** Reported (approved or submitted) investment of the year, 万元. */
  completed: z.string(),
  /** completed / planToDate, whole percent rounded down. */
  rate: z.number(),
  /** The red projects, largest shortfall first (the first 20). */
  redProjects: z.array(ZCockpitProject),
});
export type TCockpitProjects = z.infer<typeof ZCockpitProjects>;

/**
 * The projects part of the cockpit: those of today's plan year the actor sees (the office and leaders see
 * the district's; a unit would see only the projects it holds a role in, as the project list does).
 */
export async function cockpitProjects(
  tx: Executor,
  actor: Actor,
  today: string,
  settings: Settings,
): Promise<TCockpitProjects> {
  const rollup = await loadProjectRollup(tx, projectScopeOf(actor), today, settings);
  const counts = countLights(rollup.projects);
  const total = investmentTotal(rollup.projects);
  return {
    year: rollup.year,
    ...counts,
    planToDate: formatWan(total.planToDateCents),
    completed: formatWan(total.completedCents),
    rate: total.rate,
    redProjects: flaggedProjects(rollup.projects)
      .filter((p) => p.light === 'red')
      .slice(0, RED_PROJECTS_LIMIT)
      .map((p) => ({
        id: p.id,
        code: p.code,
        name: p.name,
        type: p.type,
        streetName: p.streetName,
        reasons: p.reasons,
        planToDate: formatWan(p.planToDateCents),
        completed: formatWan(p.completedCents),
      })),
  };
}
