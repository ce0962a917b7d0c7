import { describe, expect, it } from 'vitest';
import { buildDoneTask, buildScheme, buildTask } from '../test-builders';
import { elapsedShareOf, scoreTaskCompletion } from './task-completion';

const component = buildScheme({ components: [{ key: 'task_completion', weight: 100 }] }).components[0];
if (component?.key !== 'task_completion') throw new Error('fixture');

/*
 * Year-end grace inside the year. Hand-worked (assessment year 2026, late penalty 1 point a day):
 *   a  due 2026-06-30, completed 2026-06-20                    → 100, weight 1
 *   d  published 2026-12-05, due 2026-12-31, 0% done
 *   e  the same, 10% done
 *   f  starts 2026-12-15, due 2026-12-31, 0% done
 *
 * As of 2026-12-10 (an interim assessment five days after publication):
 *   d, e span 12-05..12-31 = 27 days; 12-05..12-10 = 6 ran → weight 6/27 = 0.2222
 *   d: plan 6/27 = 22.2%, 0% done → 0;  e: 10 × 27 / 6 = 45
 *   f has not started (12-15 > 12-10): not counted at all
 *   raw = (100 + 0.2222 × 0 + 0.2222 × 45) / (1 + 0.2222 + 0.2222) = 109.999 / 1.4444 = 76.1555…
 *   Without the grace each new task weighed a whole task: (100 + 0 + 45) / 3 = 48.33.
 *
 * As of 2026-12-31 (the year's end, every task due): all weigh 1 and are scored on their progress:
 *   d 0, e 10 × 27 / 27 = 10, f 0 × 17 / 17 = 0 → raw = (100 + 0 + 10 + 0) / 4 = 27.5
 *   A deadline inside the year is the year's work: a fair office counts it fully once it has passed.
 */
const inDecember = (id: string, over: Parameters<typeof buildTask>[2] = {}) =>
  buildTask(id, 'U', { startDate: '2026-12-05', dueDate: '2026-12-31', progress: 0, ...over });
const tasks = [
  buildDoneTask('a', 'U', '2026-06-20', { startDate: '2026-01-01', dueDate: '2026-06-30' }),
  inDecember('d'),
  inDecember('e', { progress: 10 }),
  inDecember('f', { startDate: '2026-12-15' }),
];

describe('tasks due in the year but barely started', () => {
  it('weigh the share of their span elapsed by the assessment date', () => {
    expect(elapsedShareOf({ startDate: '2026-12-05', dueDate: '2026-12-31' }, '2026-12-10')).toBe(0.2222);
    expect(elapsedShareOf({ startDate: '2026-12-05', dueDate: '2026-12-31' }, '2026-12-05')).toBe(0.037);
    expect(elapsedShareOf({ startDate: '2026-12-05', dueDate: '2026-12-31' }, '2027-01-15')).toBe(1);
    expect(elapsedShareOf({ startDate: '2026-12-15', dueDate: '2026-12-31' }, '2026-12-10')).toBe(0);
  });

  it('gives the hand-worked mean on 12-10, leaving out the task not yet started', () => {
    const scored = scoreTaskCompletion('U', tasks, component, '2026-12-10', 2026);
    expect(scored.raw).toBeCloseTo(109.999 / 1.4444, 9);
    expect(scored.raw).toBeCloseTo(76.1555, 4);
    expect(scored.evidence.map((e) => [e.id, e.value, e.weight, e.reason, e.yearShare])).toEqual([
      ['a', 100, 1, 'on_time', undefined],
      ['d', 0, 0.2222, 'in_progress', 0.2222],
      ['e', 45, 0.2222, 'in_progress', 0.2222],
    ]);
  });

  it('counts them fully at the year’s end, when they are due', () => {
    const scored = scoreTaskCompletion('U', tasks, component, '2026-12-31', 2026);
    expect(scored.raw).toBe(27.5);
    expect(scored.evidence.map((e) => [e.id, e.value, e.weight])).toEqual([
      ['a', 100, 1],
      ['d', 0, 1],
      ['e', 10, 1],
      ['f', 0, 1],
    ]);
  });

  it('are not prorated once completed: a task done early weighs a whole task', () => {
    const done = [buildDoneTask('g', 'U', '2026-12-08', { startDate: '2026-12-05', dueDate: '2026-12-31' })];
    expect(scoreTaskCompletion('U', done, component, '2026-12-10', 2026).evidence[0]).toMatchObject({
      value: 100,
      weight: 1,
    });
  });
});
