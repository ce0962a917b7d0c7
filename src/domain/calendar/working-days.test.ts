import { describe, expect, it } from 'vitest';
import { nationalYear, nationalYears } from './national-calendar';
import { addWorkingDays, calendarOf, emptyCalendar, isWorkingDay, workingDaysBetween } from './working-days';

const cal2026 = calendarOf(nationalYear(2026)?.days ?? []);

describe('working days', () => {
  it('weekdays work and weekends rest on an empty calendar', () => {
    expect(isWorkingDay('2024-07-12', emptyCalendar)).toBe(true); // Friday
    expect(isWorkingDay('2024-07-13', emptyCalendar)).toBe(false);
    expect(isWorkingDay('2024-07-14', emptyCalendar)).toBe(false);
    expect(addWorkingDays('2024-07-12', 1, emptyCalendar)).toBe('2024-07-15');
    expect(addWorkingDays('2024-07-12', 0, emptyCalendar)).toBe('2024-07-12');
    expect(addWorkingDays('2024-07-13', 1, emptyCalendar)).toBe('2024-07-15');
  });

  it('skips the Spring Festival and counts its 调休 Saturdays (2026)', () => {
    expect(isWorkingDay('2026-02-14', cal2026)).toBe(true); // Saturday, 调休上班
    expect(isWorkingDay('2026-02-16', cal2026)).toBe(false); // Monday in the holiday
    expect(isWorkingDay('2026-02-23', cal2026)).toBe(false); // last day of the 9
    // Published on Friday 13 February: the 14th works, then nine days off, then Tuesday the 24th.
    expect(addWorkingDays('2026-02-13', 1, cal2026)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-13', 2, cal2026)).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-13', 3, cal2026)).toBe('2026-02-25');
    expect(workingDaysBetween('2026-02-13', '2026-02-24', cal2026)).toBe(2);
  });

  it('National Day week: 7 days off, Saturday 10 October works (2026)', () => {
    expect(addWorkingDays('2026-09-30', 1, cal2026)).toBe('2026-10-08');
    expect(addWorkingDays('2026-10-09', 1, cal2026)).toBe('2026-10-10');
    expect(addWorkingDays('2026-10-09', 2, cal2026)).toBe('2026-10-12');
    // Sunday 20 September works before the holiday.
    expect(addWorkingDays('2026-09-18', 1, cal2026)).toBe('2026-09-20');
  });

  it('counts the days between, not the first, and 0 backwards', () => {
    expect(workingDaysBetween('2024-07-12', '2024-07-12', emptyCalendar)).toBe(0);
    expect(workingDaysBetween('2024-07-12', '2024-07-15', emptyCalendar)).toBe(1);
    expect(workingDaysBetween('2024-07-15', '2024-07-12', emptyCalendar)).toBe(0);
    expect(workingDaysBetween('2026-04-30', '2026-05-11', cal2026)).toBe(5); // 6, 7, 8, 9 (调休 Saturday), 11 May
  });

  it('is the inverse of adding', () => {
    for (const from of ['2026-01-01', '2026-02-10', '2026-09-29', '2026-12-30']) {
      for (const n of [0, 1, 3, 10]) {
        const to = addWorkingDays(from, n, cal2026);
        expect(workingDaysBetween(from, to, cal2026)).toBe(n);
      }
    }
  });

  it('refuses bad dates and negative counts', () => {
    expect(() => addWorkingDays('2026-02-30', 1, cal2026)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-01', -1, cal2026)).toThrow(RangeError);
  });

  it('a tenant entry replaces the shipped one (later wins; normal restores the weekday rule)', () => {
    const cal = calendarOf([
      { date: '2026-02-14', kind: 'workday' },
      { date: '2026-02-14', kind: 'normal' },
      { date: '2026-03-02', kind: 'holiday' },
    ]);
    expect(isWorkingDay('2026-02-14', cal)).toBe(false);
    expect(isWorkingDay('2026-03-02', cal)).toBe(false);
  });

  it('ships 2026 as announced and 2027 as statutory holidays only', () => {
    const y2026 = nationalYear(2026);
    expect(y2026?.official).toBe(true);
    expect(y2026?.days.filter((d) => d.kind === 'holiday')).toHaveLength(33);
    expect(y2026?.days.filter((d) => d.kind === 'workday').map((d) => d.date)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    // Every 调休 workday is a weekend day, every holiday a distinct date.
    for (const y of nationalYears) {
      for (const d of y.days.filter((x) => x.kind === 'workday'))
        expect(isWorkingDay(d.date, emptyCalendar)).toBe(false);
      expect(new Set(y.days.map((d) => d.date)).size).toBe(y.days.length);
    }
    expect(nationalYear(2027)?.official).toBe(false);
    expect(nationalYear(2027)?.days.filter((d) => d.kind === 'holiday')).toHaveLength(13);
  });
});
