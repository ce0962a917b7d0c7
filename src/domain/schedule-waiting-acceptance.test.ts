import { describe, expect, it } from 'vitest';
import { lastClosedPeriod, lightAsOf, type LightTask } from './schedule';

// A 100-day task (2024-01-01 → 2024-04-10) whose unit asked for acceptance (验收) and waits for the office.
const day = (k: number): string => new Date(Date.UTC(2024, 0, 1 + k)).toISOString().slice(0, 10);
const waiting = (asOf: string, completionRequestedOn: string | null): LightTask => ({
  status: 'completion_requested',
  startDate: day(0),
  dueDate: day(100),
  progress: 100,
  acceptedAt: day(0),
  milestones: [],
  reports: [{ period: lastClosedPeriod(asOf, 'month').period, status: 'approved' }],
  completionRequestedOn,
});

describe('lightAsOf: a task waiting for acceptance', () => {
  it('is not overdue when it asked on or before the due date: the wait is the office’s', () => {
    expect(lightAsOf(waiting(day(120), day(100)), day(120))).toMatchObject({ light: 'green', reasons: [] });
  });
  it('stays overdue when it asked after the due date', () => {
    expect(lightAsOf(waiting(day(120), day(101)), day(120))).toMatchObject({
      light: 'red',
      reasons: ['overdue'],
    });
  });
  it('is overdue when the request date is not known', () => {
    expect(lightAsOf(waiting(day(120), null), day(120))).toMatchObject({ light: 'red' });
  });
});
