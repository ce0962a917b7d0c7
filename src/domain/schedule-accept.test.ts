import { describe, expect, it } from 'vitest';
import { lightAsOf, type LightTask } from './schedule';

/** A task published on 1 June 2026 for the year, nothing late but its acceptance and its catch-up plan. */
const published: LightTask = {
  status: 'published',
  startDate: '2026-06-01',
  dueDate: '2026-12-31',
  progress: 0,
  acceptedAt: null,
  milestones: [],
  reports: [],
  acceptBy: '2026-06-04',
};

describe('the acceptance deadline (签收时限) and the catch-up plan in the light', () => {
  it('not_accepted only after the last day to accept, and only while published', () => {
    expect(lightAsOf(published, '2026-06-04').reasons).not.toContain('not_accepted');
    expect(lightAsOf(published, '2026-06-05')).toMatchObject({ light: 'yellow', reasons: ['not_accepted'] });
    const accepted = { ...published, status: 'in_progress' as const, acceptedAt: '2026-06-05' };
    expect(lightAsOf(accepted, '2026-06-05').reasons).not.toContain('not_accepted');
    // Published before deadlines existed: no deadline, no reason.
    expect(lightAsOf({ ...published, acceptBy: null }, '2026-06-30').reasons).not.toContain('not_accepted');
  });

  it('catch_up_plan_overdue only after the plan was due', () => {
    const owing = { ...published, acceptBy: null, catchUpPlanDueBy: '2026-06-10' };
    expect(lightAsOf(owing, '2026-06-10').reasons).not.toContain('catch_up_plan_overdue');
    expect(lightAsOf(owing, '2026-06-11').reasons).toContain('catch_up_plan_overdue');
  });
});
