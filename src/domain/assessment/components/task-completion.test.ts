import { describe, expect, it } from 'vitest';
import { buildDoneTask, buildScheme, buildTask } from '../test-builders';
import { scoreTask, scoreTaskCompletion } from './task-completion';

const params = { lateDayPenalty: 1, lateFloor: 60 };
const component = buildScheme({ components: [{ key: 'task_completion', weight: 100 }] }).components[0];
if (component?.key !== 'task_completion') throw new Error('fixture');

describe('a task score', () => {
  it('is 100 for a task completed on or before its due date', () => {
    expect(scoreTask(buildDoneTask('a', 'U', '2024-06-30'), params, '2024-12-31')).toEqual({
      score: 100,
      reason: 'on_time',
    });
    expect(scoreTask(buildDoneTask('a', 'U', '2024-05-01'), params, '2024-12-31')?.score).toBe(100);
  });
  it('loses k points per day late', () => {
    expect(scoreTask(buildDoneTask('a', 'U', '2024-07-03'), params, '2024-12-31')).toEqual({
      score: 97,
      reason: 'late',
      daysLate: 3,
    });
    expect(
      scoreTask(buildDoneTask('a', 'U', '2024-07-03'), { lateDayPenalty: 2.5, lateFloor: 60 }, '2024-12-31')
        ?.score,
    ).toBe(92.5);
  });
  it('never falls below the floor however late', () => {
    expect(scoreTask(buildDoneTask('a', 'U', '2024-08-19'), params, '2024-12-31')).toEqual({
      score: 60,
      reason: 'late_floor',
      daysLate: 50,
    });
    expect(
      scoreTask(buildDoneTask('a', 'U', '2024-08-19'), { lateDayPenalty: 1, lateFloor: 40 }, '2024-12-31')
        ?.score,
    ).toBe(50);
  });
  it('measures progress against the share of time elapsed', () => {
    // 2024-01-01..2024-01-10 is 10 days; by the end of the 5th half are gone; 40% done is 80% of what is due.
    const task = buildTask('a', 'U', { startDate: '2024-01-01', dueDate: '2024-01-10', progress: 40 });
    expect(scoreTask(task, params, '2024-01-05')).toEqual({ score: 80, reason: 'in_progress' });
  });
  it('caps progress ahead of time at 100', () => {
    const task = buildTask('a', 'U', { startDate: '2024-01-01', dueDate: '2024-01-10', progress: 80 });
    expect(scoreTask(task, params, '2024-01-05')?.score).toBe(100);
  });
  it('scores an overdue unfinished task by its progress alone', () => {
    const task = buildTask('a', 'U', { startDate: '2024-01-01', dueDate: '2024-01-10', progress: 70 });
    expect(scoreTask(task, params, '2024-03-01')).toEqual({ score: 70, reason: 'overdue' });
  });
  it('does not count a task not started yet, nor a completion after asOf', () => {
    expect(scoreTask(buildTask('a', 'U', { startDate: '2024-02-01' }), params, '2024-01-31')).toBeNull();
    const later = buildDoneTask('a', 'U', '2024-06-20', {
      startDate: '2024-01-01',
      dueDate: '2024-06-30',
      progress: 100,
    });
    // As of the end of March (91 of 182 days) the task is not yet completed: its progress counts, capped.
    expect(scoreTask(later, params, '2024-03-31')).toEqual({ score: 100, reason: 'in_progress' });
    expect(scoreTask({ ...later, progress: 25 }, params, '2024-03-31')?.score).toBe(50);
  });
});

describe('task_completion', () => {
  it('is the mean over the unit’s lead tasks, with a key task counting double', () => {
    const tasks = [
      buildDoneTask('k', 'U', '2024-06-30', { isKey: true }),
      buildDoneTask('o', 'U', '2024-07-30'), // 30 days late: 70
      buildDoneTask('x', 'OTHER', '2024-06-30'),
    ];
    const scored = scoreTaskCompletion('U', tasks, component, '2024-12-31', 2024);
    expect(scored.raw).toBe(90); // (2 × 100 + 70) / 3
    expect(scored.evidence.map((e) => [e.id, e.value, e.weight, e.reason])).toEqual([
      ['k', 100, 2, 'on_time'],
      ['o', 70, 1, 'late'],
    ]);
    expect(scoreTaskCompletion('U', tasks, { ...component, keyTaskWeight: 1 }, '2024-12-31', 2024).raw).toBe(
      85,
    );
  });
  it('leaves out draft, suspended and cancelled tasks, and gives null with no lead task', () => {
    const tasks = [
      buildDoneTask('a', 'U', '2024-06-30'),
      buildTask('c', 'U', { status: 'cancelled' }),
      buildTask('s', 'U', { status: 'suspended' }),
      buildTask('d', 'U', { status: 'draft' }),
    ];
    expect(scoreTaskCompletion('U', tasks, component, '2024-12-31', 2024).raw).toBe(100);
    expect(scoreTaskCompletion('NONE', tasks, component, '2024-12-31', 2024)).toEqual({
      raw: null,
      evidence: [],
    });
  });
});
