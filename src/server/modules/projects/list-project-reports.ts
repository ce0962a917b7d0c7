import { tenantTx, type AuthedContext } from '../../context';
import { factsOf } from './project-bundles';
import { loadVisibleProject } from './project-rules';
import { presentProjectReport } from './present-project-report';
import { photosOfReports, reportsOfProject, type ProjectPhotoInfo } from './projects.repository';
import type { TProjectReports } from './projects.schemas';

/** A project's monthly reports, newest first, with their photos. */
export async function listProjectReports(ctx: AuthedContext, id: string): Promise<TProjectReports> {
  return tenantTx(ctx, async (tx) => {
    const { bundle } = await loadVisibleProject(tx, ctx, id);
    const rows = await reportsOfProject(tx, id);
    const photos = new Map<string, ProjectPhotoInfo[]>();
    for (const { reportId, ...p } of await photosOfReports(
      tx,
      rows.map((r) => r.report.id),
    ))
      if (reportId) photos.set(reportId, [...(photos.get(reportId) ?? []), p]);
    const facts = factsOf(bundle);
    return {
      items: rows.map((r) =>
        presentProjectReport(ctx.actor, r.report, r.submittedByName, photos.get(r.report.id) ?? [], facts),
      ),
    };
  });
}
