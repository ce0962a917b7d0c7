/** Typed client of 周六例会 (shapes in src/server/modules/meetings/meetings.schemas.ts). */

import type { z } from 'zod';
import type {
  TAgendaItem,
  TItemFacts,
  TMeeting,
  TMeetingDecision,
  TMeetingDetail,
  TMeetingList,
  ZAgendaBody,
  ZCreateMeetingBody,
  ZDecisionBody,
  ZUpdateMeetingBody,
} from '../../../src/server/modules/meetings/meetings.schemas';
import { api, download } from './client';

export type Meeting = TMeeting;
export type MeetingDetail = TMeetingDetail;
export type MeetingList = TMeetingList;
export type AgendaItem = TAgendaItem;
export type ItemFacts = TItemFacts;
export type MeetingDecision = TMeetingDecision;
export type CreateMeetingBody = z.input<typeof ZCreateMeetingBody>;
export type UpdateMeetingBody = z.input<typeof ZUpdateMeetingBody>;
export type AgendaBody = z.input<typeof ZAgendaBody>;
export type DecisionBody = z.input<typeof ZDecisionBody>;

const path = (id: string) => `/meetings/${encodeURIComponent(id)}`;

export const meetingsApi = {
  list: (signal?: AbortSignal) => api.get<MeetingList>('/meetings', undefined, signal),
  get: (id: string, signal?: AbortSignal) => api.get<MeetingDetail>(path(id), undefined, signal),
  create: (body: CreateMeetingBody) => api.post<MeetingDetail>('/meetings', body),
  update: (id: string, body: UpdateMeetingBody) => api.patch<MeetingDetail>(path(id), body),
  draftAgenda: (id: string, version: number) =>
    api.post<MeetingDetail>(`${path(id)}/agenda/draft`, { version }),
  putAgenda: (id: string, body: AgendaBody) => api.put<MeetingDetail>(`${path(id)}/agenda`, body),
  decide: (id: string, body: DecisionBody) => api.post<MeetingDecision>(`${path(id)}/decisions`, body),
  minutes: (id: string) => download(`${path(id)}/minutes.docx`),
};
