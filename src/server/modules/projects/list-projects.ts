import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { loadSettings } from '../settings/settings.repository';
import { loadProjectBundles } from './project-bundles';
import { todayOf } from './project-rules';
import { presentProjectSummary } from './present-project';
import { canReadProjects, projectScopeOf } from './projects.policy';
import { listProjectRows } from './projects.repository';
import type { TListProjectsQuery, TProjectList } from './projects.schemas';

/**
 * The project bank with filters, by code, a page at a time: `{items, total}`. A unit user's list holds only
 * the projects their unit has a role in (or that they contract or are the contact of). The light filter is
 * applied after the lights are computed (as of today), so the whole filtered list is computed then.
 */
export async function listProjects(ctx: AuthedContext, query: TListProjectsQuery): Promise<TProjectList> {
  assertCan(canReadProjects(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const settings = await loadSettings(tx, ctx.actor.tenantId);
    const rows = await listProjectRows(tx, projectScopeOf(ctx.actor), query);
    const from = (query.page - 1) * query.pageSize;
    const today = todayOf(ctx);
    if (!query.light) {
      const page = await loadProjectBundles(tx, rows.slice(from, from + query.pageSize), today, settings);
      return { items: page.map((b) => presentProjectSummary(ctx.actor, b)), total: rows.length };
    }
    const lit = (await loadProjectBundles(tx, rows, today, settings)).filter(
      (b) => b.light.light === query.light,
    );
    return {
      items: lit.slice(from, from + query.pageSize).map((b) => presentProjectSummary(ctx.actor, b)),
      total: lit.length,
    };
  });
}
