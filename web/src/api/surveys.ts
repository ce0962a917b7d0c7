/** Typed client of 满意度测评 (surveys, codes, answers, results). */
import type { z } from 'zod';
import type {
  ZMakeCodesBody,
  ZMoveSurveyBody,
  ZPhoneAnswerBody,
  ZSurvey,
  ZSurveyAnswer,
  ZSurveyBody,
  ZSurveyCode,
  ZSurveyResults,
  ZVoidAnswerBody,
} from '../../../src/server/modules/surveys/surveys.schemas';
import { api } from './client';

export {
  satisfactionLevels as SATISFACTION_LEVELS,
  surveyAudiences as SURVEY_AUDIENCES,
  surveyScales as SURVEY_SCALES,
  type SurveyAudience,
  type SurveyScale,
} from '../../../src/domain/vocabulary';
export type { TSurveyQuestion as SurveyQuestion } from '../../../src/domain/survey-rules';

export type Survey = z.infer<typeof ZSurvey>;
export type SurveyBody = z.input<typeof ZSurveyBody>;
export type SurveyCode = z.infer<typeof ZSurveyCode>;
export type SurveyAnswer = z.infer<typeof ZSurveyAnswer>;
export type SurveyResults = z.infer<typeof ZSurveyResults>;
export type MakeCodesBody = z.input<typeof ZMakeCodesBody>;
export type PhoneAnswerBody = z.input<typeof ZPhoneAnswerBody>;
export type MoveSurveyBody = z.input<typeof ZMoveSurveyBody>;
export type VoidAnswerBody = z.input<typeof ZVoidAnswerBody>;

const enc = encodeURIComponent;

export const surveysApi = {
  list: (signal?: AbortSignal) => api.get<{ items: Survey[] }>('/surveys', undefined, signal),
  get: (id: string, signal?: AbortSignal) => api.get<Survey>(`/surveys/${enc(id)}`, undefined, signal),
  create: (body: SurveyBody) => api.post<Survey>('/surveys', body),
  update: (id: string, version: number, survey: SurveyBody) =>
    api.put<Survey>(`/surveys/${enc(id)}`, { version, survey }),
  move: (id: string, body: MoveSurveyBody) => api.post<Survey>(`/surveys/${enc(id)}/status`, body),
  makeCodes: (id: string, body: MakeCodesBody) =>
    api.post<{ items: SurveyCode[] }>(`/surveys/${enc(id)}/codes`, body),
  codes: (id: string, unused: boolean, signal?: AbortSignal) =>
    api.get<{ items: SurveyCode[] }>(
      `/surveys/${enc(id)}/codes`,
      unused ? { unused: 'true' } : undefined,
      signal,
    ),
  results: (id: string, signal?: AbortSignal) =>
    api.get<SurveyResults>(`/surveys/${enc(id)}/results`, undefined, signal),
  answers: (id: string, signal?: AbortSignal) =>
    api.get<{ items: SurveyAnswer[] }>(`/surveys/${enc(id)}/answers`, undefined, signal),
  recordPhone: (id: string, body: PhoneAnswerBody) =>
    api.post<SurveyAnswer>(`/surveys/${enc(id)}/answers`, body),
  voidAnswer: (answerId: string, body: VoidAnswerBody) =>
    api.post<SurveyAnswer>(`/survey-answers/${enc(answerId)}/void`, body),
};
