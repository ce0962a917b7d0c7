/** Checks of a monthly project report's node dates and photos, shared by submit and correct. */
import type { Executor } from '../../db/client';
import { assertNoProblems } from './project-rules';
import {
  attachablePhotoIds,
  nodesOfProjects,
  photosOfReports,
  type ProjectPhotoInfo,
} from './projects.repository';
import type { TNodeUpdate } from './projects.schemas';

/**
 * Each node update names a node of the project, its dates are not in the future, and its end is not before its
 * start (the node's recorded start when the update gives none): 422 naming `nodeUpdates.i.…`.
 */
export async function assertNodeUpdates(
  tx: Executor,
  projectId: string,
  updates: readonly TNodeUpdate[],
  today: string,
): Promise<void> {
  if (updates.length === 0) return;
  const nodes = new Map((await nodesOfProjects(tx, [projectId])).map((n) => [n.id, n]));
  assertNoProblems(
    updates.flatMap((u, i) => {
      const node = nodes.get(u.nodeId);
      if (!node) return [{ path: `nodeUpdates.${i}.nodeId`, message: '节点不属于本项目' }];
      const start = u.actualStart ?? node.actualStart;
      const problems = [];
      if (u.actualStart && u.actualStart > today)
        problems.push({ path: `nodeUpdates.${i}.actualStart`, message: '实际日期不能晚于今天' });
      if (u.actualEnd && u.actualEnd > today)
        problems.push({ path: `nodeUpdates.${i}.actualEnd`, message: '实际日期不能晚于今天' });
      if (u.actualEnd && start && u.actualEnd < start)
        problems.push({ path: `nodeUpdates.${i}.actualEnd`, message: '实际完成日期不能早于实际开始日期' });
      return problems;
    }),
  );
}

/** The photos are the project's and not on another report (422 `photoIds.i`). */
export async function assertPhotos(
  tx: Executor,
  projectId: string,
  photoIds: readonly string[],
  reportId: string,
): Promise<void> {
  const ok = await attachablePhotoIds(tx, projectId, [...photoIds], reportId);
  assertNoProblems(
    photoIds.map((id, i) =>
      ok.has(id) ? null : { path: `photoIds.${i}`, message: '照片不存在或已用于其他月份' },
    ),
  );
}

export async function photosOf(tx: Executor, reportId: string): Promise<ProjectPhotoInfo[]> {
  return (await photosOfReports(tx, [reportId])).map(({ reportId: _r, ...p }) => p);
}
