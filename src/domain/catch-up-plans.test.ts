import { describe, expect, it } from 'vitest';
import {
  maySubmitPlan,
  needsCatchUpPlan,
  owedPlanDueBy,
  planMilestonesProblem,
  shouldRequirePlan,
} from './catch-up-plans';

const redOnly = { workingDays: 5, onYellow: false };
const yellowToo = { workingDays: 5, onYellow: true };

describe('catch-up plans', () => {
  it('a red light needs a plan; a yellow one only by setting; green never', () => {
    expect(needsCatchUpPlan('red', redOnly)).toBe(true);
    expect(needsCatchUpPlan('yellow', redOnly)).toBe(false);
    expect(needsCatchUpPlan('yellow', yellowToo)).toBe(true);
    expect(needsCatchUpPlan('green', yellowToo)).toBe(false);
  });

  it('requires one plan per red spell: not again while a plan of this spell exists, again after a new turn', () => {
    expect(shouldRequirePlan('red', '2026-03-01', [], redOnly)).toBe(true);
    expect(shouldRequirePlan('red', '2026-03-01', [{ requiredSince: '2026-03-01' }], redOnly)).toBe(false);
    // A plan of an earlier spell (red in January, green in February, red again in March).
    expect(shouldRequirePlan('red', '2026-03-01', [{ requiredSince: '2026-01-10' }], redOnly)).toBe(true);
    expect(shouldRequirePlan('green', '2026-03-01', [], redOnly)).toBe(false);
  });

  it('owes the latest required or returned plan; a sent or approved one owes nothing', () => {
    expect(owedPlanDueBy([])).toBeNull();
    expect(owedPlanDueBy([{ status: 'submitted', dueDate: '2026-03-08' }])).toBeNull();
    expect(owedPlanDueBy([{ status: 'approved', dueDate: '2026-03-08' }])).toBeNull();
    expect(
      owedPlanDueBy([
        { status: 'approved', dueDate: '2026-01-08' },
        { status: 'returned', dueDate: '2026-03-15' },
      ]),
    ).toBe('2026-03-15');
  });

  it('may send when owed, or when the light needs one and none awaits review', () => {
    expect(maySubmitPlan('green', [{ status: 'required' }], redOnly)).toBe(true);
    expect(maySubmitPlan('red', [{ status: 'submitted' }], redOnly)).toBe(false);
    expect(maySubmitPlan('red', [], redOnly)).toBe(true);
    expect(maySubmitPlan(null, [], redOnly)).toBe(false);
  });

  it('new milestones are not in the past and in order', () => {
    const today = '2026-03-10';
    expect(planMilestonesProblem([], today)).toBeNull();
    expect(
      planMilestonesProblem(
        [
          { title: '完成招标', dueDate: '2026-03-10' },
          { title: '开工', dueDate: '2026-04-01' },
        ],
        today,
      ),
    ).toBeNull();
    expect(planMilestonesProblem([{ title: '完成招标', dueDate: '2026-03-09' }], today)).toEqual({
      index: 0,
      problem: 'past',
    });
    expect(
      planMilestonesProblem(
        [
          { title: '开工', dueDate: '2026-05-01' },
          { title: '完成招标', dueDate: '2026-04-01' },
        ],
        today,
      ),
    ).toEqual({ index: 1, problem: 'order' });
  });
});
