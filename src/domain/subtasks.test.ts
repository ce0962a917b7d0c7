import { describe, expect, it } from 'vitest';
import { rollUpProgress, subtaskDatesProblem, subtasksVerdicts, subtaskVerdicts } from './subtasks';

const parent = { startDate: '2026-01-01', dueDate: '2026-12-31' };

describe('subtaskDatesProblem', () => {
  it('accepts dates inside the parent, edges included', () => {
    expect(subtaskDatesProblem(parent, { startDate: '2026-01-01', dueDate: '2026-12-31' })).toBeNull();
    expect(subtaskDatesProblem(parent, { startDate: null, dueDate: '2026-06-30' })).toBeNull();
  });
  it('names the field outside the parent', () => {
    expect(subtaskDatesProblem(parent, { startDate: null, dueDate: '2027-01-01' })).toEqual({
      field: 'dueDate',
      problem: 'after_parent_due',
    });
    expect(subtaskDatesProblem(parent, { startDate: '2025-12-31', dueDate: '2026-03-01' })).toEqual({
      field: 'startDate',
      problem: 'before_parent_start',
    });
    expect(subtaskDatesProblem(parent, { startDate: null, dueDate: '2025-12-31' })).toEqual({
      field: 'dueDate',
      problem: 'before_parent_start',
    });
    expect(subtaskDatesProblem(parent, { startDate: '2027-01-02', dueDate: '2027-01-03' })).toEqual({
      field: 'startDate',
      problem: 'after_parent_due',
    });
  });
  it('refuses a start after the due date', () => {
    expect(subtaskDatesProblem(parent, { startDate: '2026-05-02', dueDate: '2026-05-01' })).toEqual({
      field: 'dueDate',
      problem: 'start_after_due',
    });
  });
  it('bounds only what the parent has', () => {
    const open = { startDate: null, dueDate: null };
    expect(subtaskDatesProblem(open, { startDate: '2000-01-01', dueDate: '2099-01-01' })).toBeNull();
  });
});

describe('rollUpProgress', () => {
  it('is the weighted mean, a done sub-task counting 100', () => {
    expect(
      rollUpProgress([
        { progress: 50, weight: 1, status: 'open' },
        { progress: 20, weight: 3, status: 'open' },
        { progress: 40, weight: 1, status: 'done' },
      ]),
    ).toBe(42); // (50 + 60 + 100) / 5
  });
  it('rounds to a whole percent and is null without sub-tasks', () => {
    expect(
      rollUpProgress([
        { progress: 0, weight: 2, status: 'open' },
        { progress: 100, weight: 1, status: 'open' },
      ]),
    ).toBe(33);
    expect(rollUpProgress([])).toBeNull();
  });
});

describe('sub-task abilities', () => {
  const task = { leadUnitId: 'L', coUnitIds: ['C'], status: 'in_progress' as const };
  const op = (unitId: string, userId = 'u') => ({ userId, unitId, roles: ['unit_operator' as const] });
  it('lets the lead unit and a co-unit split, not another unit nor the office', () => {
    expect(subtasksVerdicts(op('L'), task).create).toBe('yes');
    expect(subtasksVerdicts(op('C'), task).create).toBe('yes');
    expect(subtasksVerdicts(op('X'), task).create).toBe('role');
    expect(subtasksVerdicts({ userId: 's', unitId: null, roles: ['supervisor'] }, task).create).toBe('role');
    expect(subtasksVerdicts(op('L'), { ...task, status: 'completed' }).create).toBe('state');
    expect(subtasksVerdicts(op('L'), task).setResponsible).toBe('yes');
    expect(subtasksVerdicts(op('C'), task).setResponsible).toBe('role');
  });
  it('lets the section and the assignee move progress, only the unit edit', () => {
    const sub = { unitId: 'C', sectionId: 'S', assigneeId: 'p' };
    expect(subtaskVerdicts(op('S'), sub, 'in_progress')).toEqual({
      edit: 'role',
      delete: 'role',
      progress: 'yes',
    });
    expect(subtaskVerdicts(op('C', 'p'), sub, 'in_progress').edit).toBe('yes');
    expect(subtaskVerdicts(op('Z', 'p'), sub, 'in_progress').progress).toBe('yes');
    expect(subtaskVerdicts(op('Z', 'q'), sub, 'in_progress').progress).toBe('role');
    expect(subtaskVerdicts(op('C'), sub, 'suspended').progress).toBe('state');
  });
});
