/** Typed client of 重点项目: the project bank, nodes and the Gantt chart, monthly reports, photos, the board. */

import type { z } from 'zod';
import type {
  ZCorrectProjectReportBody,
  ZCreateProjectBody,
  ZGantt,
  ZGanttRow,
  ZProject,
  ZProjectList,
  ZProjectNode,
  ZProjectPhoto,
  ZProjectReport,
  ZProjectSummary,
  ZReplaceNodesBody,
  ZReplanNodeBody,
  ZSubmitProjectReportBody,
  ZUpdateProjectBody,
} from '../../../src/server/modules/projects/projects.schemas';
import type {
  ZBoardSettings,
  ZBoardSettingsBody,
  ZProjectImportResult,
} from '../../../src/server/modules/projects/projects-board.schemas';
import { api, download, upload, type Query } from './client';

export {
  projectLightReasons as PROJECT_LIGHT_REASONS,
  projectNodeKinds as PROJECT_NODE_KINDS,
  projectPublicFields as PROJECT_PUBLIC_FIELDS,
  projectReportStatuses as PROJECT_REPORT_STATUSES,
  projectSources as PROJECT_SOURCES,
  projectStages as PROJECT_STAGES,
  projectUnitRoles as PROJECT_UNIT_ROLES,
  type ProjectLightReason,
  type ProjectNodeKind,
  type ProjectPublicField,
  type ProjectReportStatus,
  type ProjectSource,
  type ProjectStage,
  type ProjectUnitRole,
} from '../../../src/domain/vocabulary';

export type ProjectSummary = z.infer<typeof ZProjectSummary>;
export type Project = z.infer<typeof ZProject>;
export type ProjectList = z.infer<typeof ZProjectList>;
export type ProjectBody = z.input<typeof ZCreateProjectBody>;
export type UpdateProjectBody = z.input<typeof ZUpdateProjectBody>;
export type ProjectAbilities = Project['abilities'];
export type ProjectNode = z.infer<typeof ZProjectNode>;
export type PutNodesBody = z.input<typeof ZReplaceNodesBody>;
export type NodeInput = PutNodesBody['nodes'][number];
export type ReplanNodeBody = z.input<typeof ZReplanNodeBody>;
export type ProjectReport = z.infer<typeof ZProjectReport>;
export type SubmitProjectReportBody = z.input<typeof ZSubmitProjectReportBody>;
export type CorrectProjectReportBody = z.input<typeof ZCorrectProjectReportBody>;
export type ProjectPhoto = z.infer<typeof ZProjectPhoto>;
export type Gantt = z.infer<typeof ZGantt>;
export type GanttRow = z.infer<typeof ZGanttRow>;
export type GanttGroupBy = Gantt['groupBy'];
export type BoardSettings = z.infer<typeof ZBoardSettings>;
export type BoardSettingsBody = z.input<typeof ZBoardSettingsBody>;
export type ProjectImportResult = z.infer<typeof ZProjectImportResult>;
export type ProjectImportError = ProjectImportResult['errors'][number];

const enc = encodeURIComponent;
const path = (id: string) => `/projects/${enc(id)}`;

/** The address of a project photo (an <img> sends the session cookie). */
export const photoUrl = (projectId: string, photoId: string) =>
  `/api/v1/projects/${enc(projectId)}/photos/${enc(photoId)}`;

/** The public board of a district (no login). */
export const publicBoardUrl = (slug: string) => `/public/${enc(slug)}/projects`;

export const projectsApi = {
  list: (filter: Query, signal?: AbortSignal) => api.get<ProjectList>('/projects', filter, signal),
  get: (id: string, signal?: AbortSignal) => api.get<Project>(path(id), undefined, signal),
  create: (body: ProjectBody) => api.post<Project>('/projects', body),
  update: (id: string, body: UpdateProjectBody) => api.patch<Project>(path(id), body),
  remove: (id: string, version: number) => api.delete<void>(path(id), { version }),
  baseline: (id: string, version: number, reason?: string) =>
    api.post<Project>(`${path(id)}/baseline`, { version, ...(reason ? { reason } : {}) }),
  nodes: (id: string, signal?: AbortSignal) =>
    api.get<{ items: ProjectNode[] }>(`${path(id)}/nodes`, undefined, signal),
  putNodes: (id: string, body: PutNodesBody) => api.put<{ items: ProjectNode[] }>(`${path(id)}/nodes`, body),
  replanNode: (id: string, nodeId: string, body: ReplanNodeBody) =>
    api.patch<ProjectNode>(`${path(id)}/nodes/${enc(nodeId)}`, body),
  reports: (id: string, signal?: AbortSignal) =>
    api.get<{ items: ProjectReport[] }>(`${path(id)}/reports`, undefined, signal),
  submitReport: (id: string, body: SubmitProjectReportBody) =>
    api.post<ProjectReport>(`${path(id)}/reports`, body),
  correctReport: (id: string, reportId: string, body: CorrectProjectReportBody) =>
    api.patch<ProjectReport>(`${path(id)}/reports/${enc(reportId)}`, body),
  approveReport: (id: string, reportId: string, version: number) =>
    api.post<ProjectReport>(`${path(id)}/reports/${enc(reportId)}/approve`, { version }),
  returnReport: (id: string, reportId: string, version: number, comment: string) =>
    api.post<ProjectReport>(`${path(id)}/reports/${enc(reportId)}/return`, { version, comment }),
  uploadPhoto: (id: string, file: File, onProgress?: (percent: number) => void) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return upload<ProjectPhoto>(`${path(id)}/photos`, form, onProgress);
  },
  gantt: (filter: Query, signal?: AbortSignal) => api.get<Gantt>('/projects/gantt', filter, signal),
  board: (format: 'pdf' | 'png', size: 'A3' | 'A2') => download(`/projects/board.${format}`, { size }),
  boardSettings: (signal?: AbortSignal) =>
    api.get<BoardSettings>('/projects/board/settings', undefined, signal),
  saveBoardSettings: (body: BoardSettingsBody) => api.put<BoardSettings>('/projects/board/settings', body),
  importLedger: (file: File, onProgress?: (percent: number) => void) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return upload<ProjectImportResult>('/projects/import', form, onProgress);
  },
  exportList: (filter: Query) => download('/projects/export.xlsx', filter),
  exportInvestment: (year: number) => download('/projects/investment.xlsx', { year }),
};
