import { describe, expect, it } from 'vitest';
import { calendarOf, emptyCalendar } from './calendar/working-days';
import { countDeadlines, deadlineStanding } from './case-deadlines';

// 2026-03-10 is a Tuesday.
describe('case deadlines', () => {
  it('is overdue from the day after the due date, with the calendar days over', () => {
    expect(deadlineStanding('2026-03-10', true, '2026-03-11', 3, emptyCalendar)).toEqual({
      state: 'overdue',
      daysLeft: -1,
    });
    expect(deadlineStanding('2026-03-10', true, '2026-03-20', 3, emptyCalendar).daysLeft).toBe(-10);
  });

  it('is due soon on the day and while at most N working days remain, on time before', () => {
    expect(deadlineStanding('2026-03-10', true, '2026-03-10', 3, emptyCalendar)).toEqual({
      state: 'due_soon',
      daysLeft: 0,
    });
    // Thursday 03-05: Fri, Mon, Tue = 3 working days left.
    expect(deadlineStanding('2026-03-10', true, '2026-03-05', 3, emptyCalendar)).toEqual({
      state: 'due_soon',
      daysLeft: 5,
    });
    // Wednesday 03-04: 4 working days left.
    expect(deadlineStanding('2026-03-10', true, '2026-03-04', 3, emptyCalendar)).toEqual({
      state: 'on_time',
      daysLeft: 6,
    });
    expect(deadlineStanding('2026-03-10', true, '2026-03-09', 0, emptyCalendar).state).toBe('on_time');
    expect(deadlineStanding('2026-03-10', true, '2026-03-10', 0, emptyCalendar).state).toBe('due_soon');
  });

  it('counts working days over holidays and 调休 weekends', () => {
    // With Fri 03-06 and Mon 03-09 holidays, Wednesday 03-04 has Thu and Tue left: due soon.
    const holidays = calendarOf([
      { date: '2026-03-06', kind: 'holiday' },
      { date: '2026-03-09', kind: 'holiday' },
    ]);
    expect(deadlineStanding('2026-03-10', true, '2026-03-04', 3, holidays).state).toBe('due_soon');
    // A Saturday made a working day: from Tuesday 03-03, Wed Thu Fri Sat Mon Tue = 6 > 5.
    const adjusted = calendarOf([{ date: '2026-03-07', kind: 'workday' }]);
    expect(deadlineStanding('2026-03-10', true, '2026-03-03', 5, emptyCalendar).state).toBe('due_soon');
    expect(deadlineStanding('2026-03-10', true, '2026-03-03', 5, adjusted).state).toBe('on_time');
  });

  it('says nothing of a closed or answered item, however late', () => {
    expect(deadlineStanding('2026-03-10', false, '2026-04-30', 3, emptyCalendar)).toEqual({
      state: null,
      daysLeft: null,
    });
  });

  it('counts the open items, due soon and overdue among them', () => {
    const s = (state: 'overdue' | 'due_soon' | 'on_time' | null) => ({ state, daysLeft: null });
    expect(countDeadlines([s('overdue'), s('overdue'), s('due_soon'), s('on_time'), s(null)])).toEqual({
      open: 4,
      dueSoon: 1,
      overdue: 2,
    });
  });
});
