/** Typed client of 公示与申诉: a year's publication and window, appeals, and the office's rulings. */
import type { z } from 'zod';
import type {
  ZAppeal,
  ZAppealRulingBody,
  ZFileAppealBody,
  ZPublication,
} from '../../../src/server/modules/appeals/appeals.schemas';
import { api } from './client';

export {
  appealRulings as APPEAL_RULINGS,
  type AppealRuling,
  type AppealStatus,
  type AppealTargetKind,
} from '../../../src/domain/vocabulary';

export type Publication = z.infer<typeof ZPublication>;
export type Appeal = z.infer<typeof ZAppeal>;
export type FileAppealBody = z.input<typeof ZFileAppealBody>;
export type AppealRulingBody = z.input<typeof ZAppealRulingBody>;

const enc = encodeURIComponent;

export const appealsApi = {
  publication: (year: number, signal?: AbortSignal) =>
    api.get<Publication>(`/assessment/results/${year}/publication`, undefined, signal),
  publish: (year: number, isPublic: boolean) =>
    api.post<Publication>(`/assessment/results/${year}/publication`, { isPublic }),
  setPublic: (year: number, isPublic: boolean, version: number) =>
    api.patch<Publication>(`/assessment/results/${year}/publication`, { isPublic, version }),
  list: (year: number, signal?: AbortSignal) =>
    api.get<{ items: Appeal[] }>('/assessment/appeals', { year }, signal),
  file: (body: FileAppealBody) => api.post<Appeal>('/assessment/appeals', body),
  rule: (id: string, body: AppealRulingBody) =>
    api.post<Appeal>(`/assessment/appeals/${enc(id)}/ruling`, body),
};
