import { describe, expect, it } from 'vitest';
import { taskStatuses, type TaskStatus } from '../workflow';
import { actorKeys, actors, expected, type Rule } from './fixtures.test-helpers';
import { isLeadUnitUser, taskAbilities, taskVerdicts, type TaskAbility } from './task';

const lead = ['headA', 'operatorA'] as const;
const open: TaskStatus[] = ['draft', 'published', 'in_progress', 'completion_requested', 'suspended'];
const live: TaskStatus[] = ['published', 'in_progress', 'completion_requested', 'suspended'];

/** The task rules as a spec: who, and in which states. Unit A leads the task, B cooperates. */
const spec: Record<TaskAbility, Rule<TaskStatus>> = {
  edit: { who: ['supervisor'], when: open },
  delete: { who: ['supervisor'], when: ['draft'] },
  accept: { who: lead, when: ['published'] },
  report: { who: lead, when: ['in_progress'] },
  planMilestones: { who: ['supervisor', ...lead], when: open },
  completeMilestone: { who: lead, when: ['in_progress'] },
  requestExtension: { who: lead, when: ['published', 'in_progress'] },
  requestCompletion: { who: lead, when: ['in_progress'] },
  changeStatus: { who: ['supervisor'], when: live },
  suspend: { who: ['supervisor'], when: ['published', 'in_progress', 'completion_requested'] },
  resume: { who: ['supervisor'], when: ['suspended'] },
  cancel: { who: ['supervisor'], when: live },
  decideRequests: { who: ['supervisor'] },
  instruct: { who: ['leader'], when: [...live, 'completed', 'cancelled'] },
  replyInstruction: { who: lead },
  openCase: { who: ['supervisor'], when: live },
  rateCooperation: { who: lead, when: [...live, 'completed'] },
};

describe('taskVerdicts', () => {
  for (const status of taskStatuses) {
    for (const actor of actorKeys) {
      it(`${actor} on a ${status} task`, () => {
        const task = { status, leadUnitId: 'A', coUnitIds: ['B'] };
        const got = taskVerdicts(actors[actor], task);
        const want = Object.fromEntries(
          Object.entries(spec).map(([k, rule]) => [k, expected(rule, actor, status)]),
        );
        expect(got).toEqual(want);
      });
    }
  }

  it('sends yes/no with the task', () => {
    const task = { status: 'in_progress' as const, leadUnitId: 'A', coUnitIds: ['B'] };
    expect(taskAbilities(actors.operatorA, task).report).toBe(true);
    expect(taskAbilities(actors.headC, task).report).toBe(false);
  });

  it('a task without a lead unit has no lead-unit user', () => {
    expect(isLeadUnitUser({ userId: 'x', unitId: 'A', roles: ['unit_head'] }, { leadUnitId: null })).toBe(
      false,
    );
    // A unit role is needed: a supervisor placed in unit A does not act for it.
    expect(isLeadUnitUser({ userId: 'x', unitId: 'A', roles: ['supervisor'] }, { leadUnitId: 'A' })).toBe(
      false,
    );
  });
});
