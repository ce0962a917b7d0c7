import { tenantTx, type AuthedContext } from '../../context';
import { loadVisibleProject } from './project-rules';
import { presentProject } from './present-project';
import type { TProject } from './projects.schemas';

/** One project as its page shows it (404 for a project the caller does not see). */
export async function getProject(ctx: AuthedContext, id: string): Promise<TProject> {
  return tenantTx(ctx, async (tx) =>
    presentProject(ctx.actor, (await loadVisibleProject(tx, ctx, id)).bundle),
  );
}
