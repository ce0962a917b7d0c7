import { tenantTx, type AuthedContext } from '../../context';
import { assertCan } from '../../policy/assert';
import { loadSettings } from '../settings/settings.repository';
import { loadProjectBundles } from './project-bundles';
import { todayOf } from './project-rules';
import { canReadProjects, projectScopeOf } from './projects.policy';
import { listProjectRows } from './projects.repository';
import type { TProjectLights } from './projects.schemas';

/**
 * The light of every project the caller sees, as of a date (default today, Asia/Shanghai). Computed on
 * request from the plan, the reports and the nodes (src/domain/project-lights.ts); nothing is cached.
 */
export async function listProjectLights(
  ctx: AuthedContext,
  asOf: string | undefined,
): Promise<TProjectLights> {
  assertCan(canReadProjects(ctx.actor));
  const date = asOf ?? todayOf(ctx);
  return tenantTx(ctx, async (tx) => {
    const settings = await loadSettings(tx, ctx.actor.tenantId);
    const rows = await listProjectRows(tx, projectScopeOf(ctx.actor), {});
    const bundles = await loadProjectBundles(tx, rows, date, settings);
    return {
      asOf: date,
      items: bundles.map((b) => ({ projectId: b.row.id, light: b.light.light, reasons: b.light.reasons })),
    };
  });
}
