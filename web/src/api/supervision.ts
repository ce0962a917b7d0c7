/** Typed client of 督查督办 (cases, inspections, rectifications, interviews, accountability) and 通报 (bulletins). */

import type { z } from 'zod';
import type {
  ZAccountabilityBody,
  ZCase,
  ZDecideCaseBody,
  ZInspectionBody,
  ZInterviewBody,
  ZOpenCaseBody,
  ZRecord,
  ZRectification,
  ZSubmitRectificationBody,
  ZVerifyRectificationBody,
} from '../../../src/server/modules/supervision/supervision.schemas';
import type { TBulletin } from '../../../src/server/modules/bulletins/bulletins.schemas';
import { api, download } from './client';

export {
  accountabilityTypes as ACCOUNTABILITY_TYPES,
  caseLevels as CASE_LEVELS,
  caseOrigins as CASE_ORIGINS,
  supervisionCaseStatuses as CASE_STATUSES,
  type AccountabilityType,
  type CaseDecision as CaseAction,
  type CaseLevel,
  type CaseOrigin,
  type RectificationStatus,
  type SupervisionCaseStatus as CaseStatus,
} from '../../../src/domain/vocabulary';
export type { BulletinData, BulletinTask } from '../../../src/server/documents/bulletin-docx';

/** 督办件. */
export type SupervisionCase = z.infer<typeof ZCase>;
export type CaseHistoryEntry = SupervisionCase['history'][number];
export type OpenCaseBody = z.input<typeof ZOpenCaseBody>;
export type DecideCaseBody = z.input<typeof ZDecideCaseBody>;

/** 整改: one finding of an inspection, for one unit, until 销号. */
export type Rectification = z.infer<typeof ZRectification>;
export type InspectionBody = z.input<typeof ZInspectionBody>;
export type FindingInput = NonNullable<InspectionBody['findings']>[number];
export type SubmitRectificationBody = z.input<typeof ZSubmitRectificationBody>;
export type VerifyRectificationBody = z.input<typeof ZVerifyRectificationBody>;

/** 约谈 or 问责, as listed. */
export type MeasureRecord = z.infer<typeof ZRecord>;
export type InterviewBody = z.input<typeof ZInterviewBody>;
export type AccountabilityBody = z.input<typeof ZAccountabilityBody>;

/** A monthly bulletin with the figures it was written from (the server's BulletinData). */
export type Bulletin = TBulletin;

const enc = encodeURIComponent;

export const casesApi = {
  list: (signal?: AbortSignal) => api.get<{ items: SupervisionCase[] }>('/cases', undefined, signal),
  get: (id: string, signal?: AbortSignal) => api.get<SupervisionCase>(`/cases/${enc(id)}`, undefined, signal),
  open: (body: OpenCaseBody) => api.post<SupervisionCase>('/cases', body),
  answer: (id: string, answer: string, attachmentIds: string[] = []) =>
    api.post<SupervisionCase>(`/cases/${enc(id)}/answer`, { answer, attachmentIds }),
  decide: (id: string, body: DecideCaseBody) => api.post<SupervisionCase>(`/cases/${enc(id)}/decide`, body),
};

export const rectificationsApi = {
  recordInspection: (body: InspectionBody) =>
    api.post<{ id: string; rectifications: Rectification[] }>('/inspections', body),
  list: (signal?: AbortSignal) => api.get<{ items: Rectification[] }>('/rectifications', undefined, signal),
  submit: (id: string, body: SubmitRectificationBody) =>
    api.post<Rectification>(`/rectifications/${enc(id)}/submit`, body),
  verify: (id: string, body: VerifyRectificationBody) =>
    api.post<Rectification>(`/rectifications/${enc(id)}/verify`, body),
};

export const measuresApi = {
  interviews: (signal?: AbortSignal) => api.get<{ items: MeasureRecord[] }>('/interviews', undefined, signal),
  accountability: (signal?: AbortSignal) =>
    api.get<{ items: MeasureRecord[] }>('/accountability', undefined, signal),
  recordInterview: (body: InterviewBody) => api.post<{ id: string }>('/interviews', body),
  recordAccountability: (body: AccountabilityBody) => api.post<{ id: string }>('/accountability', body),
};

export const bulletinsApi = {
  list: (signal?: AbortSignal) => api.get<{ items: Bulletin[] }>('/bulletins', undefined, signal),
  generate: (period: string, issuingOffice?: string) =>
    api.post<Bulletin>('/bulletins', { period, ...(issuingOffice ? { issuingOffice } : {}) }),
  document: (id: string) => download(`/bulletins/${enc(id)}/document`),
};
