/** One function per server endpoint used by the web shell. */

import { api, download, upload } from './client';
import type {
  BulkUpdateBody,
  ChangePasswordBody,
  LoginBody,
  ChangeTaskStatusBody,
  CompletionRequestBody,
  DecisionFilter,
  DecisionUploadFields,
  ExtensionRequestBody,
  MergeDraftsBody,
  UnitFilter,
  UserFilter,
  DecideRequestBody,
  Inbox,
  Instruction,
  LightsResponse,
  MilestoneInput,
  Report,
  ReviewQueueItem,
  ReviewReportBody,
  SubmitReportBody,
  TaskRequest,
  AuditActor,
  AuditFilter,
  AuditPage,
  BulkChanges,
  CreateDecisionBody,
  DecisionDetail,
  DecisionList,
  ExtractResult,
  ImportResult,
  Leader,
  PublishResult,
  LedgerSheet,
  Task,
  TaskFilter,
  TaskList,
  UpdateTaskBody,
  AuditVerifyResult,
  CreateUnitBody,
  CreateUserBody,
  Me,
  Unit,
  UpdateUnitBody,
  UpdateUserBody,
  User,
  UserList,
  UserWithPassword,
} from './types';

export const authApi = {
  me: (signal?: AbortSignal) => api.get<Me>('/me', undefined, signal),
  login: (username: string, password: string) =>
    api.post<{ user: Me }>('/auth/login', { username, password } satisfies LoginBody),
  logout: () => api.post<void>('/auth/logout'),
  changePassword: (oldPassword: string, newPassword: string) =>
    api.post<{ user: Me }>('/auth/password', { oldPassword, newPassword } satisfies ChangePasswordBody),
};

export const unitsApi = {
  list: (filter: UnitFilter = {}, signal?: AbortSignal) =>
    api.get<{ items: Unit[] }>('/units', filter, signal),
  create: (body: CreateUnitBody) => api.post<Unit>('/units', body),
  update: (id: string, body: UpdateUnitBody) => api.patch<Unit>(`/units/${encodeURIComponent(id)}`, body),
};

export const usersApi = {
  list: (filter: UserFilter, signal?: AbortSignal) => api.get<UserList>('/users', { ...filter }, signal),
  create: (body: CreateUserBody) => api.post<UserWithPassword>('/users', body),
  update: (id: string, body: UpdateUserBody) =>
    api.patch<{ user: User }>(`/users/${encodeURIComponent(id)}`, body),
  resetPassword: (id: string) =>
    api.post<UserWithPassword>(`/users/${encodeURIComponent(id)}/reset-password`, {}),
  unlock: (id: string) => api.post<{ user: User }>(`/users/${encodeURIComponent(id)}/unlock`),
};

export const auditApi = {
  list: (query: AuditFilter & { limit?: number; before?: number }, signal?: AbortSignal) =>
    api.get<AuditPage>('/audit', { ...query }, signal),
  actors: () => api.get<{ items: AuditActor[] }>('/audit/actors'),
  exportXlsx: (filter: AuditFilter) => download('/audit/export', { ...filter }),
  verify: () => api.get<AuditVerifyResult>('/audit/verify'),
};

export const healthApi = {
  check: () => api.get<{ status: string }>('/health'),
};

export const decisionsApi = {
  list: (filter: DecisionFilter, signal?: AbortSignal) =>
    api.get<DecisionList>('/decisions', { ...filter }, signal),
  get: (id: string, signal?: AbortSignal) =>
    api.get<DecisionDetail>(`/decisions/${encodeURIComponent(id)}`, undefined, signal),
  create: (body: CreateDecisionBody) => api.post<DecisionDetail>('/decisions', body),
  upload: (file: File, fields: DecisionUploadFields, onProgress?: (percent: number) => void) => {
    const form = new FormData();
    // Text fields first: the server reads parts in order.
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    form.append('file', file, file.name);
    return upload<DecisionDetail>('/decisions/upload', form, onProgress);
  },
  extract: (id: string) => api.post<ExtractResult>(`/decisions/${encodeURIComponent(id)}/extract`),
  draftFromSection: (id: string, sectionId: string) =>
    api.post<Task>(`/decisions/${encodeURIComponent(id)}/sections/${encodeURIComponent(sectionId)}/draft`),
  remove: (id: string, version: number) =>
    api.delete<void>(`/decisions/${encodeURIComponent(id)}`, { version }),
  /** Merges the drafts into the first in document order (text joined, targets kept). */
  mergeDrafts: (id: string, items: MergeDraftsBody['items']) =>
    api.post<Task>(`/decisions/${encodeURIComponent(id)}/drafts/merge`, { items }),
  publish: (id: string) => api.post<PublishResult>(`/decisions/${encodeURIComponent(id)}/publish`),
  importLedger: (id: string, file: File, onProgress?: (percent: number) => void) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return upload<ImportResult>(`/decisions/${encodeURIComponent(id)}/import`, form, onProgress);
  },
};

export const tasksApi = {
  list: (filter: TaskFilter, signal?: AbortSignal) => api.get<TaskList>('/tasks', { ...filter }, signal),
  /** Every task matching the filter, page by page (the server caps a page at 100). */
  listAll: async (filter: Omit<TaskFilter, 'page' | 'pageSize'>, signal?: AbortSignal): Promise<Task[]> => {
    const out: Task[] = [];
    for (let page = 1; ; page++) {
      const { items, total } = await api.get<TaskList>('/tasks', { ...filter, page, pageSize: 100 }, signal);
      out.push(...items);
      if (items.length === 0 || out.length >= total) return out;
    }
  },
  get: (id: string, signal?: AbortSignal) =>
    api.get<Task>(`/tasks/${encodeURIComponent(id)}`, undefined, signal),
  update: (id: string, body: UpdateTaskBody) => api.patch<Task>(`/tasks/${encodeURIComponent(id)}`, body),
  remove: (id: string, version: number) => api.delete<void>(`/tasks/${encodeURIComponent(id)}`, { version }),
  bulkUpdate: (items: BulkUpdateBody['items'], changes: BulkChanges) =>
    api.post<{ items: Task[] }>('/tasks/bulk-update', { items, changes }),
  /** The filtered ledger as Excel: the given columns in their order (the screen's), or the whole monthly ledger. */
  exportLedger: (filter: Omit<TaskFilter, 'page' | 'pageSize'>, columns?: readonly string[]) =>
    download('/tasks/export', { ...filter, ...(columns ? { columns: columns.join(',') } : {}) }),
  /** The same ledger as text, for the A3 print view. */
  ledgerSheet: (
    filter: Omit<TaskFilter, 'page' | 'pageSize'>,
    columns?: readonly string[],
    signal?: AbortSignal,
  ) =>
    api.get<LedgerSheet>(
      '/tasks/ledger-sheet',
      { ...filter, ...(columns ? { columns: columns.join(',') } : {}) },
      signal,
    ),
  /** 批量签收: all or nothing; a refusal is 422 BATCH_REFUSED with `details.failures`. */
  acceptBatch: (taskIds: readonly string[]) =>
    api.post<{ items: Task[] }>('/tasks/accept-batch', { taskIds }),
};

export const leadersApi = {
  list: (signal?: AbortSignal) => api.get<{ items: Leader[] }>('/leaders', undefined, signal),
};

const taskPath = (id: string) => `/tasks/${encodeURIComponent(id)}`;

/** 推进: what the lead unit and the supervision office do to a published task. */
export const taskActionsApi = {
  accept: (id: string) => api.post<Task>(`${taskPath(id)}/accept`),
  changeStatus: (id: string, body: ChangeTaskStatusBody) => api.post<Task>(`${taskPath(id)}/status`, body),
  setMilestones: (id: string, milestones: MilestoneInput[]) =>
    api.put<Task>(`${taskPath(id)}/milestones`, milestones),
  completeMilestone: (milestoneId: string) =>
    api.post<Task>(`/milestones/${encodeURIComponent(milestoneId)}/complete`),
};

export const reportsApi = {
  listOfTask: (taskId: string, signal?: AbortSignal) =>
    api.get<{ items: Report[] }>(`${taskPath(taskId)}/reports`, undefined, signal),
  submit: (taskId: string, body: SubmitReportBody) => api.post<Report>(`${taskPath(taskId)}/reports`, body),
  sign: (id: string) => api.post<Report>(`/reports/${encodeURIComponent(id)}/sign`),
  review: (id: string, body: ReviewReportBody) =>
    api.post<Report>(`/reports/${encodeURIComponent(id)}/review`, body),
  /** 本期无变化: the period for many tasks, last approved figures carried forward; all or nothing. */
  submitUnchanged: (taskIds: readonly string[], period: string) =>
    api.post<{ items: Report[] }>('/reports/unchanged', { taskIds, period }),
  reviewQueue: (signal?: AbortSignal) =>
    api.get<{ items: ReviewQueueItem[] }>('/reports/review-queue', undefined, signal),
};

export const requestsApi = {
  listOfTask: (taskId: string, signal?: AbortSignal) =>
    api.get<{ items: TaskRequest[] }>(`${taskPath(taskId)}/requests`, undefined, signal),
  askExtension: (taskId: string, body: ExtensionRequestBody) =>
    api.post<TaskRequest>(`${taskPath(taskId)}/extension-requests`, body),
  askCompletion: (taskId: string, body: CompletionRequestBody) =>
    api.post<TaskRequest>(`${taskPath(taskId)}/completion-requests`, body),
  pending: (signal?: AbortSignal) =>
    api.get<{ items: TaskRequest[] }>('/requests/pending', undefined, signal),
  decide: (id: string, body: DecideRequestBody) =>
    api.post<TaskRequest>(`/requests/${encodeURIComponent(id)}/decide`, body),
};

export const instructionsApi = {
  listOfTask: (taskId: string, signal?: AbortSignal) =>
    api.get<{ items: Instruction[] }>(`${taskPath(taskId)}/instructions`, undefined, signal),
  create: (taskId: string, text: string) =>
    api.post<Instruction>(`${taskPath(taskId)}/instructions`, { text }),
  reply: (id: string, text: string) =>
    api.post<Instruction>(`/instructions/${encodeURIComponent(id)}/replies`, { text }),
};

export const lightsApi = {
  list: (asOf?: string, signal?: AbortSignal) => api.get<LightsResponse>('/lights', { asOf }, signal),
};

export const inboxApi = {
  list: (limit = 20, signal?: AbortSignal) => api.get<Inbox>('/inbox', { limit }, signal),
  markRead: (id: string) => api.post<void>(`/inbox/${encodeURIComponent(id)}/read`),
  markAllRead: () => api.post<void>('/inbox/read-all'),
};
