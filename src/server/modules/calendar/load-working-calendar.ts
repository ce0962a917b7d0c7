import { nationalYears } from '../../../domain/calendar/national-calendar';
import { calendarOf, type WorkingCalendar } from '../../../domain/calendar/working-days';
import type { Executor } from '../../db/client';
import { tenantCalendarDays } from './calendar.repository';

/**
 * The tenant's working-day calendar: the shipped national years with the office's own entries laid over them.
 * Every rule that counts working days (the acceptance deadline, catch-up plans) reads this.
 */
export async function loadWorkingCalendar(tx: Executor, tenantId: string): Promise<WorkingCalendar> {
  const own = await tenantCalendarDays(tx, tenantId);
  return calendarOf([...nationalYears.flatMap((y) => y.days), ...own]);
}
