import { describe, expect, it } from 'vitest';
import { reportStatuses, type ReportStatus, type TaskStatus } from '../workflow';
import { actorKeys, actors, expected, type Rule } from './fixtures.test-helpers';
import { reportAbilities, reportVerdicts } from './report';

type Key = keyof ReturnType<typeof reportVerdicts>;
/** A report of unit A on a task A leads (B cooperates), while the task runs. */
const spec: Record<Key, Rule<ReportStatus>> = {
  sign: { who: ['headA'], when: ['submitted'] },
  review: { who: ['supervisor'], when: ['submitted', 'signed'] },
  correct: { who: ['headA', 'operatorA'], when: ['returned'] },
};

describe('reportVerdicts', () => {
  for (const status of reportStatuses) {
    for (const actor of actorKeys) {
      it(`${actor} on a ${status} report`, () => {
        const got = reportVerdicts(
          actors[actor],
          { unitId: 'A', status },
          { status: 'in_progress', leadUnitId: 'A', coUnitIds: ['B'] },
        );
        const want = Object.fromEntries(
          Object.entries(spec).map(([k, rule]) => [k, expected(rule, actor, status)]),
        );
        expect(got).toEqual(want);
      });
    }
  }

  it.each<TaskStatus>(['published', 'completion_requested', 'suspended', 'completed', 'cancelled'])(
    'a returned report is not corrected while the task is %s',
    (status) => {
      const task = { status, leadUnitId: 'A', coUnitIds: ['B'] };
      expect(reportVerdicts(actors.operatorA, { unitId: 'A', status: 'returned' }, task).correct).toBe(
        'state',
      );
    },
  );

  it('a returned report is corrected by its own unit only, even by another unit that may report', () => {
    // B leads this task (so B may report on it) but the returned report is A's: only A corrects it.
    const task = { status: 'in_progress' as const, leadUnitId: 'B', coUnitIds: ['A'] };
    const report = { unitId: 'A', status: 'returned' as const };
    expect(reportVerdicts(actors.operatorB, report, task).correct).toBe('role');
  });

  it('the head of another unit does not sign', () => {
    const task = { status: 'in_progress' as const, leadUnitId: 'A', coUnitIds: [] };
    expect(reportAbilities(actors.headC, { unitId: 'A', status: 'submitted' }, task).sign).toBe(false);
    expect(reportAbilities(actors.headA, { unitId: 'A', status: 'submitted' }, task).sign).toBe(true);
  });
});
