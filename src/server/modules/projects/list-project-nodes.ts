import { tenantTx, type AuthedContext } from '../../context';
import { loadVisibleProject, todayOf } from './project-rules';
import { presentProjectNode } from './present-project-node';
import { nodesOfProjects } from './projects.repository';
import type { TProjectNodes } from './projects.schemas';

/** A project's nodes in plan order, each with its baseline, actual dates and whether it is late today. */
export async function listProjectNodes(ctx: AuthedContext, id: string): Promise<TProjectNodes> {
  return tenantTx(ctx, async (tx) => {
    await loadVisibleProject(tx, ctx, id);
    const today = todayOf(ctx);
    return { items: (await nodesOfProjects(tx, [id])).map((n) => presentProjectNode(n, today)) };
  });
}
