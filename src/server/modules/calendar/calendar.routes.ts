import { z } from 'zod';
import { requireActor } from '../../context';
import type { App } from '../../http';
import {
  ZCalendar,
  ZCalendarDayParams,
  ZCalendarQuery,
  ZSetCalendarDayBody,
  ZSetCalendarDayResult,
} from './calendar.schemas';
import { clearCalendarDay } from './clear-calendar-day';
import { readCalendar } from './read-calendar';
import { setCalendarDay } from './set-calendar-day';

export function registerCalendarRoutes(app: App): void {
  app.get(
    '/api/v1/calendar',
    {
      schema: {
        tags: ['calendar'],
        summary: '工作日历 The working-day calendar of a year (holidays and 调休)',
        querystring: ZCalendarQuery,
        response: { 200: ZCalendar },
      },
    },
    async (request) => readCalendar(requireActor(request.ctx), request.query.year),
  );
  app.put(
    '/api/v1/calendar/days/:date',
    {
      schema: {
        tags: ['calendar'],
        summary: '设置日历 Set a day: holiday, adjusted working day, or the weekday rule (office)',
        params: ZCalendarDayParams,
        body: ZSetCalendarDayBody,
        response: { 200: ZSetCalendarDayResult },
      },
    },
    async (request) => setCalendarDay(requireActor(request.ctx), request.params.date, request.body),
  );
  app.delete(
    '/api/v1/calendar/days/:date',
    {
      schema: {
        tags: ['calendar'],
        summary: '恢复日历 Remove the office entry of a day (the national one applies again)',
        params: ZCalendarDayParams,
        querystring: z.strictObject({ version: z.coerce.number().int().positive() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await clearCalendarDay(requireActor(request.ctx), request.params.date, request.query.version);
      return reply.status(204).send(null);
    },
  );
}
