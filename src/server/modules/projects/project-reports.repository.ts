import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { projectReportPhotos, projectReports, storedFiles, users } from '../../db/schema';

export type ProjectReportRow = typeof projectReports.$inferSelect;
export type ProjectReportInsert = typeof projectReports.$inferInsert;
export type ProjectPhotoInfo = { id: string; name: string; contentType: string; size: number };

/** A project's reports, newest month first, with the reporter's name. */
export async function reportsOfProject(tx: Executor, projectId: string) {
  return tx
    .select({ report: projectReports, submittedByName: users.displayName })
    .from(projectReports)
    .innerJoin(users, eq(users.id, projectReports.submittedBy))
    .where(eq(projectReports.projectId, projectId))
    .orderBy(desc(projectReports.year), desc(projectReports.month));
}

export async function findProjectReport(tx: Executor, id: string) {
  const [row] = await tx
    .select({ report: projectReports, submittedByName: users.displayName })
    .from(projectReports)
    .innerJoin(users, eq(users.id, projectReports.submittedBy))
    .where(eq(projectReports.id, id))
    .limit(1);
  return row;
}

export async function reportOfMonth(tx: Executor, projectId: string, year: number, month: number) {
  const [row] = await tx
    .select({ id: projectReports.id })
    .from(projectReports)
    .where(
      and(
        eq(projectReports.projectId, projectId),
        eq(projectReports.year, year),
        eq(projectReports.month, month),
      ),
    )
    .limit(1);
  return row;
}

export async function hasProjectReports(tx: Executor, projectId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: projectReports.id })
    .from(projectReports)
    .where(eq(projectReports.projectId, projectId))
    .limit(1);
  return rows.length > 0;
}

/** Ids of the projects among these that have at least one report. */
export async function projectsWithReports(tx: Executor, projectIds: string[]): Promise<Set<string>> {
  if (projectIds.length === 0) return new Set();
  const rows = await tx
    .selectDistinct({ projectId: projectReports.projectId })
    .from(projectReports)
    .where(inArray(projectReports.projectId, projectIds));
  return new Set(rows.map((r) => r.projectId));
}

export async function insertProjectReport(tx: Executor, values: ProjectReportInsert): Promise<void> {
  await tx.insert(projectReports).values(values);
}

export async function updateProjectReportVersioned(
  tx: Executor,
  id: string,
  version: number,
  changes: Partial<ProjectReportInsert>,
): Promise<ProjectReportRow | undefined> {
  const [row] = await tx
    .update(projectReports)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(projectReports.id, id), eq(projectReports.version, version)))
    .returning();
  return row;
}

// ---- photos ----

export async function insertStoredFile(tx: Executor, values: typeof storedFiles.$inferInsert): Promise<void> {
  await tx.insert(storedFiles).values(values);
}

export async function insertPhotoLink(
  tx: Executor,
  values: typeof projectReportPhotos.$inferInsert,
): Promise<void> {
  await tx.insert(projectReportPhotos).values(values);
}

/** The photos of some reports, in their order. */
export async function photosOfReports(tx: Executor, reportIds: string[]) {
  if (reportIds.length === 0) return [];
  return tx
    .select({
      reportId: projectReportPhotos.reportId,
      id: storedFiles.id,
      name: storedFiles.fileName,
      contentType: storedFiles.mediaType,
      size: storedFiles.size,
    })
    .from(projectReportPhotos)
    .innerJoin(storedFiles, eq(storedFiles.id, projectReportPhotos.fileId))
    .where(inArray(projectReportPhotos.reportId, reportIds))
    .orderBy(asc(projectReportPhotos.position));
}

/** A photo of the project: its link and its bytes. */
export async function findProjectPhoto(tx: Executor, projectId: string, fileId: string) {
  const [row] = await tx
    .select({
      reportId: projectReportPhotos.reportId,
      name: storedFiles.fileName,
      contentType: storedFiles.mediaType,
      content: storedFiles.content,
    })
    .from(projectReportPhotos)
    .innerJoin(storedFiles, eq(storedFiles.id, projectReportPhotos.fileId))
    .where(and(eq(projectReportPhotos.projectId, projectId), eq(projectReportPhotos.fileId, fileId)))
    .limit(1);
  return row;
}

/** The photo links among these ids that belong to the project and are free or already on this report. */
export async function attachablePhotoIds(
  tx: Executor,
  projectId: string,
  fileIds: string[],
  reportId: string,
): Promise<Set<string>> {
  if (fileIds.length === 0) return new Set();
  const rows = await tx
    .select({ id: projectReportPhotos.fileId, reportId: projectReportPhotos.reportId })
    .from(projectReportPhotos)
    .where(and(eq(projectReportPhotos.projectId, projectId), inArray(projectReportPhotos.fileId, fileIds)));
  return new Set(rows.filter((r) => r.reportId === null || r.reportId === reportId).map((r) => r.id));
}

/** Sets a report's photos: the given ones in order; the report's others are set free again. */
export async function setReportPhotos(tx: Executor, reportId: string, fileIds: string[]): Promise<void> {
  await tx
    .update(projectReportPhotos)
    .set({ reportId: null })
    .where(eq(projectReportPhotos.reportId, reportId));
  for (const [position, fileId] of fileIds.entries())
    await tx
      .update(projectReportPhotos)
      .set({ reportId, position })
      .where(and(eq(projectReportPhotos.fileId, fileId), isNull(projectReportPhotos.reportId)));
}
