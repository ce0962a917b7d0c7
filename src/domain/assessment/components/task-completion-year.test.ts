import { describe, expect, it } from 'vitest';
import { buildDoneTask, buildScheme, buildTask } from '../test-builders';
import { scoreTaskCompletion, yearShareOf } from './task-completion';

const component = buildScheme({ components: [{ key: 'task_completion', weight: 100 }] }).components[0];
if (component?.key !== 'task_completion') throw new Error('fixture');

/*
 * Hand-worked example (assessment year 2026, as of 2026-12-31; late penalty 1 point a day, key tasks count 2):
 *   a  due 2026-06-30, completed 2026-06-20               → 100, weight 1
 *   b  due 2026-06-30, completed 2026-07-10 (10 days late) →  90, weight 1
 *   n1, n2  published 2026-12-05, due 2027-12-31, 0% done
 *      span 2026-12-05..2027-12-31 = 27 + 365 = 392 days; 27 of them ran in 2026 → share 27/392 = 0.0689
 *      plan by 12-31 is 27/392 = 6.89%; 0% done → score 0, weight 0.0689 each
 *   n3 the same, 5% done → 5 × 392 / 27 = 72.5926 → 72.59, weight 0.0689
 *   k  the same but a key task, 0% done → score 0, weight 2 × 0.0689 = 0.1378
 *   weights  1 + 1 + 3 × 0.0689 + 0.1378 = 2.3445
 *   weighted 100 + 90 + 0.0689 × 72.59 = 195.001451
 *   raw = 195.001451 / 2.3445 = 83.1740…
 * Before the rule every new task weighed a whole task: (100 + 90 + 0 + 0 + 72.59 + 2 × 0) / 6 = 43.765.
 * With notDueInYear: exclude the new tasks are left out: (100 + 90) / 2 = 95.
 */
const newTask = (id: string, over: Parameters<typeof buildTask>[2] = {}) =>
  buildTask(id, 'U', { startDate: '2026-12-05', dueDate: '2027-12-31', progress: 0, ...over });
const tasks = [
  buildDoneTask('a', 'U', '2026-06-20', { startDate: '2026-01-01', dueDate: '2026-06-30' }),
  buildDoneTask('b', 'U', '2026-07-10', { startDate: '2026-01-01', dueDate: '2026-06-30' }),
  newTask('n1'),
  newTask('n2'),
  newTask('n3', { progress: 5 }),
  newTask('nk', { isKey: true }),
];

describe('tasks due after the assessment year', () => {
  it('count by the share of their span that ran in the year', () => {
    expect(yearShareOf({ startDate: '2026-12-05', dueDate: '2027-12-31' }, 2026, '2026-12-31')).toBe(0.0689);
    // On the day of publication one day of 392 ran: 0.0026.
    expect(yearShareOf({ startDate: '2026-12-05', dueDate: '2027-12-31' }, 2026, '2026-12-05')).toBe(0.0026);
    // A task from 2025 to 2027 runs the whole of 2026: 365 of 1095 days.
    expect(yearShareOf({ startDate: '2025-01-01', dueDate: '2027-12-31' }, 2026, '2026-12-31')).toBe(0.3333);
  });

  it('gives the hand-worked mean, not a collapse', () => {
    const scored = scoreTaskCompletion('U', tasks, component, '2026-12-31', 2026);
    expect(scored.raw).toBeCloseTo(195.001451 / 2.3445, 9);
    expect(scored.raw).toBeCloseTo(83.174, 3);
    expect(scored.evidence.map((e) => [e.id, e.value, e.weight, e.reason, e.yearShare])).toEqual([
      ['a', 100, 1, 'on_time', undefined],
      ['b', 90, 1, 'late', undefined],
      ['n1', 0, 0.0689, 'not_due_in_year', 0.0689],
      ['n2', 0, 0.0689, 'not_due_in_year', 0.0689],
      ['n3', 72.59, 0.0689, 'not_due_in_year', 0.0689],
      ['nk', 0, 0.1378, 'not_due_in_year', 0.0689],
    ]);
  });

  it('are left out under notDueInYear: exclude', () => {
    expect(
      scoreTaskCompletion('U', tasks, { ...component, notDueInYear: 'exclude' }, '2026-12-31', 2026).raw,
    ).toBe(95);
  });

  it('count whole when completed in the year, and not at all when completed in an earlier one', () => {
    const early = buildDoneTask('e', 'U', '2026-11-30', { startDate: '2026-01-01', dueDate: '2027-06-30' });
    expect(
      scoreTaskCompletion('U', [early, newTask('n1')], component, '2026-12-31', 2026).evidence[0],
    ).toMatchObject({
      id: 'e',
      value: 100,
      weight: 1,
      reason: 'on_time',
    });
    const before = buildDoneTask('e', 'U', '2025-11-30', { startDate: '2025-01-01', dueDate: '2027-06-30' });
    expect(scoreTaskCompletion('U', [before], component, '2026-12-31', 2026).raw).toBeNull();
  });

  it('the scheme defaults to prorate', () => {
    expect(component.notDueInYear).toBe('prorate');
  });
});
