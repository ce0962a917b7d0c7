import { describe, expect, it } from 'vitest';
import { nationalYear } from './calendar/national-calendar';
import { calendarOf, emptyCalendar } from './calendar/working-days';
import { acceptDeadline, defaultLightSettings, lightAsOf, type LightTask } from './schedule';

const cal2026 = calendarOf(nationalYear(2026)?.days ?? []);

/** A year-long task published on 2 March 2026, on schedule by time (nothing else makes it yellow in March). */
function published(overrides: Partial<LightTask> = {}): LightTask {
  return {
    status: 'published',
    startDate: '2026-03-01',
    dueDate: '2027-02-28',
    progress: 100,
    acceptedAt: null,
    milestones: [],
    reports: [],
    acceptBy: '2026-03-05',
    ...overrides,
  };
}

describe('签收时限: not_accepted', () => {
  it('defaults to 3 working days', () => {
    expect(defaultLightSettings.acceptWorkingDays).toBe(3);
  });

  it('is green up to and on the last day to accept, yellow the day after', () => {
    expect(lightAsOf(published(), '2026-03-05')).toMatchObject({ light: 'green', reasons: [] });
    expect(lightAsOf(published(), '2026-03-06')).toMatchObject({
      light: 'yellow',
      reasons: ['not_accepted'],
    });
  });

  it('an accepted task, or one without a deadline, is never late to accept', () => {
    const accepted = published({ status: 'in_progress', acceptedAt: '2026-03-09' });
    expect(lightAsOf(accepted, '2026-03-10').reasons).not.toContain('not_accepted');
    expect(lightAsOf(published({ acceptBy: null }), '2026-06-01').reasons).not.toContain('not_accepted');
    expect(lightAsOf(published({ status: 'suspended' }), '2026-06-01').light).toBe('green');
  });

  it('adds to a red light without hiding its reasons', () => {
    const late = published({ progress: 0, startDate: '2025-03-01', dueDate: '2026-03-31' });
    expect(lightAsOf(late, '2026-03-10')).toMatchObject({
      light: 'red',
      reasons: ['behind_schedule', 'half_time_half_task', 'not_accepted'],
    });
  });

  it('counts working days: over a weekend, and over the Spring Festival with its 调休 Saturdays', () => {
    expect(acceptDeadline('2026-03-06', 3, emptyCalendar)).toBe('2026-03-11'); // Fri → Wed
    // Published Friday 13 February 2026: Saturday the 14th works, nine days off, then the 24th and 25th.
    expect(acceptDeadline('2026-02-13', 3, cal2026)).toBe('2026-02-25');
    // Published on a holiday (Tuesday 17 February): the first working day is the 24th.
    expect(acceptDeadline('2026-02-17', 1, cal2026)).toBe('2026-02-24');
    // Published Wednesday 30 September: National Day week, then the 8th, 9th and Saturday the 10th.
    expect(acceptDeadline('2026-09-30', 3, cal2026)).toBe('2026-10-10');
  });
});

describe('赶超措施: catch_up_plan_overdue', () => {
  const inProgress = published({ status: 'in_progress', acceptedAt: '2026-03-02', acceptBy: null });
  it('is yellow the day after the plan was due, not on the day', () => {
    const owed = { ...inProgress, catchUpPlanDueBy: '2026-03-10' };
    expect(lightAsOf(owed, '2026-03-10').reasons).not.toContain('catch_up_plan_overdue');
    expect(lightAsOf(owed, '2026-03-11')).toMatchObject({
      light: 'yellow',
      reasons: ['catch_up_plan_overdue'],
    });
  });
  it('a plan sent (no due date owed) lights nothing', () => {
    const sent = {
      ...inProgress,
      catchUpPlanDueBy: null,
      reports: [{ period: '2026-03', status: 'approved' as const }],
    };
    expect(lightAsOf(sent, '2026-04-01').light).toBe('green');
  });
});
