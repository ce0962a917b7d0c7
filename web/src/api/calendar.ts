/** Typed client of 工作日历 (GET/PUT/DELETE /api/v1/calendar; shapes in src/server/modules/calendar/calendar.schemas.ts). */

import type { z } from 'zod';
import type {
  TCalendar,
  TCalendarDay,
  ZSetCalendarDayBody,
  ZSetCalendarDayResult,
} from '../../../src/server/modules/calendar/calendar.schemas';
import { api } from './client';

export type Calendar = TCalendar;
export type CalendarDay = TCalendarDay;
export type SetCalendarDayBody = z.input<typeof ZSetCalendarDayBody>;
export type SetCalendarDayResult = z.infer<typeof ZSetCalendarDayResult>;

export const calendarApi = {
  get: (year: number) => api.get<Calendar>('/calendar', { year }),
  setDay: (date: string, body: SetCalendarDayBody) =>
    api.put<SetCalendarDayResult>(`/calendar/days/${date}`, body),
  clearDay: (date: string, version: number) => api.delete<null>(`/calendar/days/${date}`, { version }),
};
