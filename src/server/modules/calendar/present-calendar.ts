import { nationalYear } from '../../../domain/calendar/national-calendar';
import { calendarOf, isWorkingDay } from '../../../domain/calendar/working-days';
import type { CalendarDayRow } from './calendar.repository';
import type { TCalendar, TCalendarDay } from './calendar.schemas';

/** A year of the calendar: national entries, the tenant's over them, and the count of working days. */
export function presentCalendar(year: number, own: CalendarDayRow[]): TCalendar {
  const national = nationalYear(year);
  const byDate = new Map<string, TCalendarDay>();
  for (const d of national?.days ?? [])
    byDate.set(d.date, {
      date: d.date,
      kind: d.kind,
      name: d.name,
      origin: 'national',
      version: null,
      replaces: null,
    });
  for (const r of own) {
    const shipped = byDate.get(r.date);
    byDate.set(r.date, {
      date: r.date,
      kind: r.kind,
      name: r.name,
      origin: 'tenant',
      version: r.version,
      replaces: shipped ? { kind: shipped.kind, name: shipped.name } : null,
    });
  }
  const days = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  const calendar = calendarOf(days);
  let workingDays = 0;
  for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += 86_400_000) {
    if (isWorkingDay(new Date(ms).toISOString().slice(0, 10), calendar)) workingDays++;
  }
  return {
    year,
    national: national ? { official: national.official, source: national.source } : null,
    days,
    workingDays,
  };
}
