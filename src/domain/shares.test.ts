import { describe, expect, it } from 'vitest';
import type { Role } from './roles';
import {
  canSeeCooperationRating,
  canSeeShare,
  cooperationRatingsVerdicts,
  isShareOwed,
  sharePeriodProblem,
  taskShareVerdicts,
  taskSharesVerdicts,
} from './shares';

const task = { status: 'in_progress' as const, leadUnitId: 'rsj', coUnitIds: ['cgjd', 'dmjd'] };
const who = (unitId: string | null, role: Role = 'unit_operator') => ({ userId: 'u', unitId, roles: [role] });

describe('co-unit shares', () => {
  it('a co-unit submits while the task runs; the lead unit and the office do not', () => {
    expect(taskSharesVerdicts(who('cgjd'), task).submit).toBe('yes');
    expect(taskSharesVerdicts(who('cgjd', 'unit_head'), task).submit).toBe('yes');
    expect(taskSharesVerdicts(who('rsj'), task).submit).toBe('role');
    expect(taskSharesVerdicts(who(null, 'supervisor'), task).submit).toBe('role');
    expect(taskSharesVerdicts(who('cgjd'), { ...task, status: 'published' }).submit).toBe('state');
  });

  it('the lead unit returns a submitted share; a consolidated one is neither returned nor redone', () => {
    const submitted = { unitId: 'cgjd', status: 'submitted' as const };
    const consolidated = { unitId: 'cgjd', status: 'consolidated' as const };
    expect(taskShareVerdicts(who('rsj'), task, submitted).return).toBe('yes');
    expect(taskShareVerdicts(who('cgjd'), task, submitted).return).toBe('role');
    expect(taskShareVerdicts(who('rsj'), task, consolidated).return).toBe('state');
    expect(taskShareVerdicts(who('cgjd'), task, submitted).resubmit).toBe('yes');
    expect(taskShareVerdicts(who('dmjd'), task, submitted).resubmit).toBe('role');
    expect(taskShareVerdicts(who('cgjd'), task, consolidated).resubmit).toBe('state');
    expect(taskShareVerdicts(who('cgjd'), task, { unitId: 'cgjd', status: 'returned' }).resubmit).toBe('yes');
  });

  it('the office, leaders and the lead unit see every share; a co-unit only its own', () => {
    const share = { unitId: 'cgjd' };
    expect(canSeeShare(who(null, 'supervisor'), task, share)).toBe(true);
    expect(canSeeShare(who(null, 'leader'), task, share)).toBe(true);
    expect(canSeeShare(who('rsj'), task, share)).toBe(true);
    expect(canSeeShare(who('cgjd'), task, share)).toBe(true);
    expect(canSeeShare(who('dmjd'), task, share)).toBe(false);
  });

  it('a share follows the district period kind and the open periods, as reports do', () => {
    const bounds = { startDate: '2024-03-10', today: '2024-07-15' };
    expect(sharePeriodProblem('2024-07', 'month', bounds)).toBeNull();
    expect(sharePeriodProblem('2024-03', 'month', bounds)).toBeNull();
    expect(sharePeriodProblem('2024-Q3', 'month', bounds)).toBe('kind');
    expect(sharePeriodProblem('2024-08', 'month', bounds)).toBe('future');
    expect(sharePeriodProblem('2024-02', 'month', bounds)).toBe('before_start');
    expect(sharePeriodProblem('2024-Q3', 'quarter', bounds)).toBeNull();
  });

  it('a share is owed when none was given or it was returned', () => {
    expect(isShareOwed(undefined)).toBe(true);
    expect(isShareOwed({ status: 'returned' })).toBe(true);
    expect(isShareOwed({ status: 'submitted' })).toBe(false);
    expect(isShareOwed({ status: 'consolidated' })).toBe(false);
  });
});

describe('cooperation ratings (配合评价)', () => {
  it('the lead unit rates while the task is published or later; co-units and the office do not', () => {
    expect(cooperationRatingsVerdicts(who('rsj'), task).rate).toBe('yes');
    expect(cooperationRatingsVerdicts(who('rsj'), { ...task, status: 'completed' }).rate).toBe('yes');
    expect(cooperationRatingsVerdicts(who('rsj'), { ...task, status: 'cancelled' }).rate).toBe('state');
    expect(cooperationRatingsVerdicts(who('cgjd'), task).rate).toBe('role');
    expect(cooperationRatingsVerdicts(who(null, 'supervisor'), task).rate).toBe('role');
    expect(cooperationRatingsVerdicts(who('rsj'), { ...task, coUnitIds: [] }).rate).toBe('role');
  });

  it('a co-unit reads only the rating about itself', () => {
    expect(canSeeCooperationRating(who('cgjd'), task, { coUnitId: 'cgjd' })).toBe(true);
    expect(canSeeCooperationRating(who('cgjd'), task, { coUnitId: 'dmjd' })).toBe(false);
    expect(canSeeCooperationRating(who('rsj'), task, { coUnitId: 'dmjd' })).toBe(true);
  });
});
