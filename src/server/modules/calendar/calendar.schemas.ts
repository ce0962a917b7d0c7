import { z } from 'zod';
import { isCalendarDate } from '../../../domain/calendar/working-days';
import { calendarDayKinds } from '../../../domain/vocabulary';

const ZDay = z.iso
  .date('日期格式应为 YYYY-MM-DD')
  .refine((d) => isCalendarDate(d), { message: '不是有效的日期' });

export const ZCalendarQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const ZCalendarDayParams = z.strictObject({ date: ZDay });

/** 放假 / 调休上班 / 按平常 (undo a shipped entry), with a name such as 春节; `version` when the day has an entry. */
export const ZSetCalendarDayBody = z.strictObject({
  kind: z.enum(calendarDayKinds),
  name: z.string().trim().max(50).default(''),
  version: z.number().int().positive().optional(),
});
export type TSetCalendarDayBody = z.infer<typeof ZSetCalendarDayBody>;

export const ZSetCalendarDayResult = z.object({
  date: z.string(),
  kind: z.enum(calendarDayKinds),
  name: z.string(),
  version: z.number().int(),
});

export const ZCalendarDay = z.object({
  date: z.string(),
  kind: z.enum(calendarDayKinds),
  name: z.string(),
  /** `national`: shipped with Luoshi; `tenant`: set by the office (it replaces a national entry of that date). */
  origin: z.enum(['national', 'tenant']),
  /** The tenant entry's version (for a change or a removal); null for a national entry. */
  version: z.number().int().nullable(),
  /** The shipped entry this tenant entry replaces, if any. */
  replaces: z.object({ kind: z.enum(calendarDayKinds), name: z.string() }).nullable(),
});
export type TCalendarDay = z.infer<typeof ZCalendarDay>;

export const ZCalendar = z.object({
  year: z.number().int(),
  /** The shipped national data of the year: whether it is the State Council's notice, and its source. */
  national: z.object({ official: z.boolean(), source: z.string() }).nullable(),
  /** Every entry of the year that differs from the weekday rule, by date. */
  days: z.array(ZCalendarDay),
  /** Working days in the year by this calendar. */
  workingDays: z.number().int(),
});
export type TCalendar = z.infer<typeof ZCalendar>;
