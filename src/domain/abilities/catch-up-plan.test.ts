import { describe, expect, it } from 'vitest';
import { catchUpPlanStatuses, type CatchUpPlanStatus } from '../vocabulary';
import { catchUpPlansVerdicts, catchUpPlanVerdicts } from './catch-up-plan';
import { actorKeys, actors, expected, type Rule } from './fixtures.test-helpers';

const settings = { workingDays: 5, onYellow: false };

describe('catch-up plan abilities', () => {
  it('review: the office, while the plan awaits review', () => {
    const rule: Rule<CatchUpPlanStatus> = { who: ['supervisor'], when: ['submitted'] };
    for (const actor of actorKeys)
      for (const status of catchUpPlanStatuses)
        expect(catchUpPlanVerdicts(actors[actor], { status }).review, `${actor} ${status}`).toBe(
          expected(rule, actor, status),
        );
  });

  it('submit: the lead unit (A), when a plan is owed or the light needs one and none awaits review', () => {
    const task = (light: 'red' | 'yellow' | 'green') => ({ leadUnitId: 'A', light });
    const who = ['headA', 'operatorA'];
    for (const actor of actorKeys) {
      const v = (light: 'red' | 'yellow' | 'green', plans: Array<{ status: CatchUpPlanStatus }>) =>
        catchUpPlansVerdicts(actors[actor], task(light), plans, settings).submit;
      const lead = who.includes(actor);
      expect(v('red', []), actor).toBe(lead ? 'yes' : 'role');
      expect(v('yellow', []), actor).toBe(lead ? 'state' : 'role');
      expect(v('green', [{ status: 'returned' }]), actor).toBe(lead ? 'yes' : 'role');
      expect(v('red', [{ status: 'submitted' }]), actor).toBe(lead ? 'state' : 'role');
      expect(v('red', [{ status: 'approved' }]), actor).toBe(lead ? 'yes' : 'role');
    }
    const yellowToo = { workingDays: 5, onYellow: true };
    expect(catchUpPlansVerdicts(actors.operatorA, task('yellow'), [], yellowToo).submit).toBe('yes');
  });
});
