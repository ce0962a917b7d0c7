import { describe, expect, it } from 'vitest';
import {
  defaultLightSettings,
  lastClosedPeriod,
  lightAsOf,
  periodEnd,
  periodKindOf,
  periodOf,
  periodStart,
  reportPeriodProblem,
  type LightSettings,
  type LightTask,
} from './schedule';
import type { TaskStatus } from './workflow';

// A 100-day task: day(k) is k days after the start, so on day(k) exactly k points of time have elapsed.
const start = '2024-01-01';
const due = '2024-04-10';
const day = (k: number): string => new Date(Date.UTC(2024, 0, 1 + k)).toISOString().slice(0, 10);

/** A task in progress since its start, with an approved report for the period closed as of `asOf`. */
function task(asOf: string, overrides: Partial<LightTask> = {}): LightTask {
  return {
    status: 'in_progress',
    startDate: start,
    dueDate: due,
    progress: 0,
    acceptedAt: start,
    milestones: [],
    reports: [{ period: lastClosedPeriod(asOf, 'month').period, status: 'approved' }],
    ...overrides,
  };
}

function light(asOf: string, overrides: Partial<LightTask> = {}, settings?: LightSettings) {
  return lightAsOf(task(asOf, overrides), asOf, settings);
}

describe('lightAsOf: elapsed time', () => {
  it('counts whole days between start and due', () => {
    expect(day(0)).toBe(start);
    expect(day(100)).toBe(due);
    expect(light(day(40), { progress: 40 })).toEqual({
      light: 'green',
      reasons: [],
      elapsed: 40,
      progress: 40,
    });
  });
  it('is 0 before the start date', () => {
    const asOf = '2023-12-20';
    expect(light(asOf)).toEqual({ light: 'green', reasons: [], elapsed: 0, progress: 0 });
  });
  it('is clamped to 100 after the due date', () => {
    expect(light(day(130), { progress: 100 }).elapsed).toBe(100);
  });
  it('rounds elapsed to one decimal for display but compares the exact value', () => {
    // 749 of 2,500 days is 29.96 points: shown as 30.0, yet under the red gap of 30.
    const asOf = '2026-01-19';
    const result = light(asOf, { startDate: '2024-01-01', dueDate: '2030-11-05' });
    expect(result.elapsed).toBe(30);
    expect(result.light).toBe('yellow');
    expect(result.reasons).toEqual(['behind_schedule']);
  });
  it('handles start = due: 0 before it, 100 on it', () => {
    const oneDay = { startDate: '2024-03-15', dueDate: '2024-03-15', acceptedAt: '2024-03-15' };
    expect(light('2024-03-14', oneDay)).toEqual({
      light: 'yellow',
      reasons: ['due_soon'],
      elapsed: 0,
      progress: 0,
    });
    expect(light('2024-03-15', { ...oneDay, progress: 100 })).toMatchObject({
      light: 'yellow',
      reasons: ['due_soon'],
      elapsed: 100,
    });
    expect(light('2024-03-15', oneDay).reasons).toEqual([
      'behind_schedule',
      'half_time_half_task',
      'due_soon',
    ]);
    expect(light('2024-03-16', { ...oneDay, progress: 100 })).toMatchObject({
      light: 'red',
      reasons: ['overdue'],
    });
  });
});

describe('lightAsOf: behind schedule', () => {
  it('is red at exactly 30 points behind', () => {
    expect(light(day(30))).toMatchObject({
      light: 'red',
      reasons: ['behind_schedule'],
      elapsed: 30,
      progress: 0,
    });
  });
  it('is yellow at 29.9 points behind', () => {
    expect(light(day(30), { progress: 0.1 })).toMatchObject({
      light: 'yellow',
      reasons: ['behind_schedule'],
    });
  });
  it('is yellow at exactly 10 points behind', () => {
    expect(light(day(40), { progress: 30 })).toMatchObject({ light: 'yellow', reasons: ['behind_schedule'] });
  });
  it('is green at 9.9 points behind', () => {
    expect(light(day(40), { progress: 30.1 })).toMatchObject({ light: 'green', reasons: [] });
  });
  it('is not fooled by float noise at a threshold', () => {
    // 41 of 125 days is 32.8 points; less progress 2.8 is exactly 30, though in floats 29.999999999999996.
    const result = light('2024-02-11', { dueDate: '2024-05-05', progress: 2.8 });
    expect(result).toMatchObject({ light: 'red', reasons: ['behind_schedule'] });
  });
  it('is green when ahead of schedule', () => {
    expect(light(day(20), { progress: 60 })).toMatchObject({ light: 'green', reasons: [] });
  });
});

describe('lightAsOf: half time, half task (时间过半任务未过半)', () => {
  it('is yellow at exactly 50 points elapsed with progress under 50', () => {
    expect(light(day(50), { progress: 49 })).toMatchObject({
      light: 'yellow',
      reasons: ['half_time_half_task'],
    });
  });
  it('is green at 49.x points elapsed', () => {
    // 99 of 200 days is 49.5 points.
    const result = light('2024-04-09', { dueDate: '2024-07-19', progress: 45 });
    expect(result).toMatchObject({ light: 'green', reasons: [], elapsed: 49.5 });
  });
  it('is green once progress reaches 50', () => {
    expect(light(day(55), { progress: 50 })).toMatchObject({ light: 'green', reasons: [] });
  });
  it('is yellow at 49.9 progress', () => {
    expect(light(day(55), { progress: 49.9 })).toMatchObject({
      light: 'yellow',
      reasons: ['half_time_half_task'],
    });
  });
});

describe('lightAsOf: due date', () => {
  it('is due soon, not overdue, on the due date itself', () => {
    expect(light(day(100), { progress: 100 })).toMatchObject({ light: 'yellow', reasons: ['due_soon'] });
  });
  it('is overdue the day after', () => {
    expect(light(day(101), { progress: 100 })).toMatchObject({ light: 'red', reasons: ['overdue'] });
  });
  it('is due soon 3 days before', () => {
    expect(light(day(97), { progress: 100 })).toMatchObject({ light: 'yellow', reasons: ['due_soon'] });
  });
  it('is not due soon 4 days before', () => {
    expect(light(day(96), { progress: 100 })).toMatchObject({ light: 'green', reasons: [] });
  });
});

describe('lightAsOf: milestones', () => {
  it('counts a late milestone as behind schedule (yellow)', () => {
    const milestones = [{ dueDate: day(20), completedAt: null }];
    expect(light(day(30), { progress: 30, milestones })).toMatchObject({
      light: 'yellow',
      reasons: ['behind_schedule'],
    });
  });
  it('does not count a milestone due today', () => {
    const milestones = [{ dueDate: day(30), completedAt: null }];
    expect(light(day(30), { progress: 30, milestones })).toMatchObject({ light: 'green', reasons: [] });
  });
  it('does not count a milestone completed by then, but does one completed later', () => {
    expect(
      light(day(30), { progress: 30, milestones: [{ dueDate: day(20), completedAt: day(25) }] }).light,
    ).toBe('green');
    expect(
      light(day(30), { progress: 30, milestones: [{ dueDate: day(20), completedAt: day(31) }] }).reasons,
    ).toEqual(['behind_schedule']);
  });
  it('stays red when the gap is red as well', () => {
    const milestones = [{ dueDate: day(20), completedAt: null }];
    expect(light(day(30), { milestones })).toMatchObject({ light: 'red', reasons: ['behind_schedule'] });
  });
});

describe('lightAsOf: missing report', () => {
  // As of 5 March the last closed monthly period is February.
  const asOf = day(64);
  const onTrack = { progress: 64 };

  it('is green with a report for February', () => {
    expect(light(asOf, onTrack)).toMatchObject({ light: 'green', reasons: [] });
  });
  it('is yellow with no report at all', () => {
    expect(light(asOf, { ...onTrack, reports: [] })).toMatchObject({
      light: 'yellow',
      reasons: ['missing_report'],
    });
  });
  it('does not count a returned report, nor one for another period', () => {
    const reports = [
      { period: '2024-02', status: 'returned' as const },
      { period: '2024-01', status: 'approved' as const },
      { period: '2024-03', status: 'approved' as const },
    ];
    expect(light(asOf, { ...onTrack, reports }).reasons).toEqual(['missing_report']);
  });
  it.each(['submitted', 'signed', 'approved'] as const)('counts a %s report', (status) => {
    expect(light(asOf, { ...onTrack, reports: [{ period: '2024-02', status }] }).reasons).toEqual([]);
  });
  it('does not ask a task accepted after the period closed for its report', () => {
    expect(light(asOf, { ...onTrack, reports: [], acceptedAt: '2024-03-01' }).reasons).toEqual([]);
  });
  it('asks a task accepted on the last day of the period for its report', () => {
    expect(light(asOf, { ...onTrack, reports: [], acceptedAt: '2024-02-29' }).reasons).toEqual([
      'missing_report',
    ]);
  });
  it('applies while completion is requested', () => {
    expect(light(asOf, { ...onTrack, reports: [], status: 'completion_requested' }).reasons).toEqual([
      'missing_report',
    ]);
  });
  it('does not apply to a task not yet accepted', () => {
    expect(light(asOf, { ...onTrack, reports: [], status: 'published', acceptedAt: null }).reasons).toEqual(
      [],
    );
  });
  it('applies only while in progress or completion requested, whatever acceptedAt says', () => {
    expect(light(asOf, { ...onTrack, reports: [], status: 'published' }).reasons).toEqual([]);
  });
  it('does not apply when no acceptance date is recorded', () => {
    expect(light(asOf, { ...onTrack, reports: [], acceptedAt: null }).reasons).toEqual([]);
  });
  it('uses quarters when the tenant reports quarterly', () => {
    const quarterly = { ...defaultLightSettings, reportPeriod: 'quarter' as const };
    const longTask = { dueDate: '2024-12-31', progress: 30 };
    // As of 5 April the closed quarter is 2024-Q1; a March monthly report does not stand in for it.
    expect(
      light('2024-04-05', { ...longTask, reports: [{ period: '2024-Q1', status: 'submitted' }] }, quarterly)
        .reasons,
    ).toEqual([]);
    expect(
      light('2024-04-05', { ...longTask, reports: [{ period: '2024-03', status: 'approved' }] }, quarterly)
        .reasons,
    ).toEqual(['missing_report']);
    // As of 5 March no quarter of the task has closed yet (2023-Q4 ended before it was accepted).
    expect(light('2024-03-05', { ...longTask, progress: 20, reports: [] }, quarterly).reasons).toEqual([]);
  });
});

describe('lightAsOf: statuses', () => {
  // Overdue, far behind, and missing its report: red whenever a light is computed.
  const overdue = (status: TaskStatus) => light(day(120), { status, reports: [] });

  it.each(['draft', 'completed', 'cancelled', 'suspended'] as const)(
    '%s is green with no reasons',
    (status) => {
      expect(overdue(status)).toEqual({ light: 'green', reasons: [], elapsed: 100, progress: 0 });
    },
  );
  it.each(['published', 'in_progress', 'completion_requested'] as const)(
    '%s gets a computed light',
    (status) => {
      expect(overdue(status).light).toBe('red');
    },
  );
  it('lists every reason that applies, in a stable order', () => {
    expect(overdue('in_progress').reasons).toEqual([
      'overdue',
      'behind_schedule',
      'half_time_half_task',
      'missing_report',
    ]);
    expect(light(day(98), { reports: [] }).reasons).toEqual([
      'behind_schedule',
      'half_time_half_task',
      'due_soon',
      'missing_report',
    ]);
  });
});

describe('lightAsOf: custom thresholds', () => {
  const strict: LightSettings = {
    ...defaultLightSettings,
    redGap: 20,
    yellowGap: 5,
    halfTime: 40,
    dueSoonDays: 7,
  };

  it('uses the red gap', () => {
    expect(light(day(30), { progress: 10 }).light).toBe('yellow');
    expect(light(day(30), { progress: 10 }, strict).light).toBe('red');
  });
  it('uses the yellow gap', () => {
    expect(light(day(30), { progress: 24 }).light).toBe('green');
    expect(light(day(30), { progress: 24 }, strict)).toMatchObject({
      light: 'yellow',
      reasons: ['behind_schedule'],
    });
  });
  it('uses the half-time mark', () => {
    expect(light(day(40), { progress: 39 }).reasons).toEqual([]);
    expect(light(day(40), { progress: 39 }, strict).reasons).toEqual(['half_time_half_task']);
  });
  it('uses the due-soon window', () => {
    expect(light(day(93), { progress: 100 }).reasons).toEqual([]);
    expect(light(day(93), { progress: 100 }, strict).reasons).toEqual(['due_soon']);
    expect(light(day(92), { progress: 100 }, strict).reasons).toEqual([]);
  });
  it('defaults to 30, 10, 50, 3 days, monthly', () => {
    expect(defaultLightSettings).toMatchObject({
      redGap: 30,
      yellowGap: 10,
      halfTime: 50,
      dueSoonDays: 3,
      reportPeriod: 'month',
    });
  });
});

describe('periods', () => {
  it('finds the last closed month', () => {
    expect(lastClosedPeriod('2024-03-15', 'month')).toEqual({
      period: '2024-02',
      start: '2024-02-01',
      end: '2024-02-29',
    });
    expect(lastClosedPeriod('2024-03-01', 'month').period).toBe('2024-02');
    expect(lastClosedPeriod('2024-02-29', 'month').period).toBe('2024-01');
    expect(lastClosedPeriod('2024-01-10', 'month')).toEqual({
      period: '2023-12',
      start: '2023-12-01',
      end: '2023-12-31',
    });
  });
  it('finds the last closed quarter', () => {
    expect(lastClosedPeriod('2024-04-01', 'quarter')).toEqual({
      period: '2024-Q1',
      start: '2024-01-01',
      end: '2024-03-31',
    });
    expect(lastClosedPeriod('2024-03-31', 'quarter')).toEqual({
      period: '2023-Q4',
      start: '2023-10-01',
      end: '2023-12-31',
    });
    expect(lastClosedPeriod('2024-08-20', 'quarter').period).toBe('2024-Q2');
  });
  it('names the period of a date', () => {
    expect(periodOf('2024-03-31', 'month')).toBe('2024-03');
    expect(periodOf('2024-03-31', 'quarter')).toBe('2024-Q1');
    expect(periodOf('2024-10-01', 'quarter')).toBe('2024-Q4');
  });
  it('gives the first and last day of a period', () => {
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2023-02')).toBe('2023-02-28');
    expect(periodEnd('2024-12')).toBe('2024-12-31');
    expect(periodEnd('2024-Q2')).toBe('2024-06-30');
    expect(periodEnd('2024-Q4')).toBe('2024-12-31');
    expect(periodStart('2024-Q3')).toBe('2024-07-01');
  });
  it('rejects malformed dates and periods', () => {
    expect(() => periodEnd('2024-13')).toThrow(RangeError);
    expect(() => periodEnd('2024-Q5')).toThrow(RangeError);
    expect(() => periodOf('2024-02-30', 'month')).toThrow(RangeError);
    expect(() => lightAsOf(task('2024-03-05'), '2024-3-5')).toThrow(RangeError);
  });
});

describe('periodKindOf', () => {
  it('tells a month from a quarter and refuses anything else', () => {
    expect(periodKindOf('2024-03')).toBe('month');
    expect(periodKindOf('2024-12')).toBe('month');
    expect(periodKindOf('2024-Q1')).toBe('quarter');
    expect(() => periodKindOf('2024-13')).toThrow(RangeError);
  });
});

describe('reportPeriodProblem', () => {
  const bounds = { startDate: '2024-02-15', today: '2024-05-10' };
  it('accepts every period from the task start up to the one open today', () => {
    for (const p of ['2024-02', '2024-03', '2024-04', '2024-05', '2024-Q1', '2024-Q2'])
      expect(reportPeriodProblem(p, bounds)).toBeNull();
  });
  it('refuses a period that has not begun', () => {
    expect(reportPeriodProblem('2024-06', bounds)).toBe('future');
    expect(reportPeriodProblem('2024-Q3', bounds)).toBe('future');
    expect(reportPeriodProblem('2099-12', bounds)).toBe('future');
  });
  it('refuses a period that ended before the task started', () => {
    expect(reportPeriodProblem('2024-01', bounds)).toBe('before_start');
    expect(reportPeriodProblem('2023-Q4', bounds)).toBe('before_start');
    expect(reportPeriodProblem('2000-01', bounds)).toBe('before_start');
  });
  it('bounds only the future when the task has no start date', () => {
    expect(reportPeriodProblem('2000-01', { startDate: null, today: '2024-05-10' })).toBeNull();
  });
});
