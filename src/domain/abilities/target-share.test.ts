import { describe, expect, it } from 'vitest';
import { canSeeAllShares, targetShareVerdicts, targetSplitVerdicts } from './target-share';

const office = { userId: 'o', unitId: null, roles: ['supervisor' as const] };
const leader = { userId: 'l', unitId: null, roles: ['leader' as const] };
const lead = { userId: 'r', unitId: 'RSJ', roles: ['unit_operator' as const] };
const street = { userId: 'c', unitId: 'CGJD', roles: ['unit_head' as const] };
const task = { status: 'in_progress' as const, leadUnitId: 'RSJ' };
const share = { unitId: 'CGJD', status: 'approved' as const };

describe('target share abilities', () => {
  it('lets only the office split, until the task is finished or cancelled', () => {
    expect(targetSplitVerdicts(office, task, []).split).toBe('yes');
    expect(targetSplitVerdicts(office, { ...task, status: 'draft' }, []).split).toBe('yes');
    expect(targetSplitVerdicts(office, { ...task, status: 'completed' }, []).split).toBe('state');
    expect(targetSplitVerdicts(office, { ...task, status: 'cancelled' }, []).split).toBe('state');
    expect(targetSplitVerdicts(leader, task, []).split).toBe('role');
    expect(targetSplitVerdicts(lead, task, []).split).toBe('role');
  });

  it('lets the lead unit propose while nothing is approved, and the office approve a proposal', () => {
    const proposed = [{ status: 'proposed' as const }];
    const approved = [{ status: 'approved' as const }];
    expect(targetSplitVerdicts(lead, task, []).propose).toBe('yes');
    expect(targetSplitVerdicts(lead, task, proposed).propose).toBe('yes');
    expect(targetSplitVerdicts(lead, task, approved).propose).toBe('state');
    expect(targetSplitVerdicts(lead, { ...task, status: 'draft' }, []).propose).toBe('state');
    expect(targetSplitVerdicts(street, task, []).propose).toBe('role');
    expect(targetSplitVerdicts(office, task, []).propose).toBe('role');
    expect(targetSplitVerdicts(office, task, proposed).approve).toBe('yes');
    expect(targetSplitVerdicts(office, task, approved).approve).toBe('state');
    expect(targetSplitVerdicts(lead, task, proposed).approve).toBe('role');
  });

  it("lets the share's unit and the lead unit report an approved share of a running task", () => {
    expect(targetShareVerdicts(street, task, share).report).toBe('yes');
    expect(targetShareVerdicts(lead, task, share).report).toBe('yes');
    expect(targetShareVerdicts({ ...street, unitId: 'DMJD' }, task, share).report).toBe('role');
    expect(targetShareVerdicts(office, task, share).report).toBe('role');
    expect(targetShareVerdicts(street, task, { ...share, status: 'proposed' }).report).toBe('state');
    expect(targetShareVerdicts(street, { ...task, status: 'completed' }, share).report).toBe('state');
    expect(targetShareVerdicts(street, { ...task, status: 'draft' }, share).report).toBe('state');
  });

  it('shows every share to the office, leaders and the lead unit; a street only its own', () => {
    expect([office, leader, lead, street].map((a) => canSeeAllShares(a, task))).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});
