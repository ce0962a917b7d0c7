/** Typed client of 督查督办 (cases, inspections, rectifications, interviews, accountability) and 通报 (bulletins). */

import { api, download } from './client';
import type { TCase, TRectification } from '../../../src/server/modules/supervision/supervision.schemas';

export type CaseOrigin = 'warning' | 'instruction' | 'inspection' | 'complaint';
export const CASE_ORIGINS: readonly CaseOrigin[] = ['warning', 'instruction', 'inspection', 'complaint'];
/** 一般 / 重点 / 挂牌督办. */
export type CaseLevel = 'general' | 'key' | 'listed';
export const CASE_LEVELS: readonly CaseLevel[] = ['general', 'key', 'listed'];
export type CaseStatus = 'issued' | 'answered' | 'closed' | 'escalated';
export const CASE_STATUSES: readonly CaseStatus[] = ['issued', 'answered', 'closed', 'escalated'];
export type CaseAction = 'close' | 'send_back' | 'escalate' | 'reissue';

export interface CaseHistoryEntry {
  action: string;
  comment: string | null;
  level: string | null;
  actorName: string | null;
  at: string;
}

/** 督办件. */
export interface SupervisionCase {
  id: string;
  title: string;
  origin: CaseOrigin;
  level: CaseLevel;
  requirements: string;
  deadline: string;
  status: CaseStatus;
  taskIds: string[];
  unitIds: string[];
  answer: string | null;
  answeredAt: string | null;
  closedAt: string | null;
  history: CaseHistoryEntry[];
  version: number;
  createdAt: string;
  abilities: TCase['abilities'];
}

export interface OpenCaseBody {
  title: string;
  origin: CaseOrigin;
  level: CaseLevel;
  requirements: string;
  deadline: string;
  taskIds?: string[];
  unitIds?: string[];
}

export interface DecideCaseBody {
  action: CaseAction;
  comment?: string | null;
  level?: CaseLevel;
  version: number;
}

export type RectificationStatus = 'open' | 'submitted' | 'verified';

/** 整改: one finding of an inspection, for one unit, until 销号. */
export interface Rectification {
  id: string;
  inspectionId: string | null;
  caseId: string | null;
  taskId: string | null;
  finding: string;
  unitId: string;
  unitName: string | null;
  deadline: string;
  measures: string | null;
  evidence: string | null;
  status: RectificationStatus;
  isOverdue: boolean;
  submittedAt: string | null;
  verifiedAt: string | null;
  reviewComment: string | null;
  version: number;
  abilities: TRectification['abilities'];
}

export interface FindingInput {
  finding: string;
  unitId: string;
  deadline: string;
  taskId?: string | null;
}

export interface InspectionBody {
  date: string;
  team: string;
  places: string;
  summary?: string | null;
  caseId?: string | null;
  findings: FindingInput[];
}

export type AccountabilityType =
  'circulated_criticism' | 'admonishment' | 'organisational_handling' | 'disciplinary_sanction';
export const ACCOUNTABILITY_TYPES: readonly AccountabilityType[] = [
  'circulated_criticism',
  'admonishment',
  'organisational_handling',
  'disciplinary_sanction',
];

/** 约谈 or 问责, as listed. */
export interface MeasureRecord {
  id: string;
  kind: 'interview' | 'accountability';
  type: string | null;
  date: string;
  unitId: string;
  person: string | null;
  reason: string;
  caseId: string | null;
  taskId: string | null;
  rectificationId: string | null;
}

interface Links {
  caseId?: string | null;
  taskId?: string | null;
  rectificationId?: string | null;
}

export interface InterviewBody extends Links {
  date: string;
  unitId: string;
  person: string;
  reason: string;
}

export interface AccountabilityBody extends Links {
  type: AccountabilityType;
  date: string;
  unitId: string;
  person?: string | null;
  reason: string;
}

const enc = encodeURIComponent;

export const casesApi = {
  list: (signal?: AbortSignal) => api.get<{ items: SupervisionCase[] }>('/cases', undefined, signal),
  get: (id: string, signal?: AbortSignal) => api.get<SupervisionCase>(`/cases/${enc(id)}`, undefined, signal),
  open: (body: OpenCaseBody) => api.post<SupervisionCase>('/cases', body),
  answer: (id: string, answer: string) => api.post<SupervisionCase>(`/cases/${enc(id)}/answer`, { answer }),
  decide: (id: string, body: DecideCaseBody) => api.post<SupervisionCase>(`/cases/${enc(id)}/decide`, body),
};

export const rectificationsApi = {
  recordInspection: (body: InspectionBody) =>
    api.post<{ id: string; rectifications: Rectification[] }>('/inspections', body),
  list: (signal?: AbortSignal) => api.get<{ items: Rectification[] }>('/rectifications', undefined, signal),
  submit: (id: string, body: { measures: string; evidence?: string | null; version: number }) =>
    api.post<Rectification>(`/rectifications/${enc(id)}/submit`, body),
  verify: (id: string, body: { decision: 'verify' | 'reject'; comment?: string | null; version: number }) =>
    api.post<Rectification>(`/rectifications/${enc(id)}/verify`, body),
};

export const measuresApi = {
  interviews: (signal?: AbortSignal) => api.get<{ items: MeasureRecord[] }>('/interviews', undefined, signal),
  accountability: (signal?: AbortSignal) =>
    api.get<{ items: MeasureRecord[] }>('/accountability', undefined, signal),
  recordInterview: (body: InterviewBody) => api.post<{ id: string }>('/interviews', body),
  recordAccountability: (body: AccountabilityBody) => api.post<{ id: string }>('/accountability', body),
};

export interface BulletinTask {
  code: string;
  title: string;
  unitName: string;
  reasons: string[];
  dueDate: string;
  progress: number;
}

/** The figures of a monthly bulletin, as of the month's last day (the server's BulletinData). */
export interface BulletinData {
  districtName: string;
  period: string;
  asOf: string;
  issuingOffice: string;
  issuedDate: string;
  /** 督查通报 第X期 (absent on bulletins generated before numbering). */
  issueNumber?: number;
  overall: {
    published: number;
    completed: number;
    completedOnTime: number;
    inProgress: number;
    yellow: number;
    red: number;
    completionRate: number;
  };
  units: {
    rank: number;
    unitName: string;
    total: number;
    completed: number;
    inProgress: number;
    yellow: number;
    red: number;
    completionRate: number;
  }[];
  redTasks: BulletinTask[];
  yellowTasks: BulletinTask[];
  overdueRectifications: { title: string; unitName: string; deadline: string; daysOverdue: number }[];
  unitsNotReported: { unitName: string; taskCount: number }[];
}

export interface Bulletin {
  id: string;
  period: string;
  version: number;
  /** 第X期 within issueYear: the period keeps it across versions. */
  issueNumber: number | null;
  issueYear: number | null;
  asOf: string;
  title: string;
  createdAt: string;
  data: BulletinData;
}

export const bulletinsApi = {
  list: (signal?: AbortSignal) => api.get<{ items: Bulletin[] }>('/bulletins', undefined, signal),
  generate: (period: string, issuingOffice?: string) =>
    api.post<Bulletin>('/bulletins', { period, ...(issuingOffice ? { issuingOffice } : {}) }),
  document: (id: string) => download(`/bulletins/${enc(id)}/document`),
};
