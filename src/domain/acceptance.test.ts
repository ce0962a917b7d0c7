import { describe, expect, it } from 'vitest';
import {
  acceptanceProblems,
  acceptanceState,
  evidenceProblems,
  mayDecideAcceptance,
  requestDecisionOf,
} from './acceptance';

const office = { userId: 'o', unitId: null, roles: ['supervisor' as const] };
const leader = { userId: 'l', unitId: null, roles: ['leader' as const] };
const otherLeader = { userId: 'x', unitId: null, roles: ['leader' as const] };

describe('acceptance', () => {
  it('maps outcomes to the request decision', () => {
    expect(requestDecisionOf('accepted')).toBe('approve');
    expect(requestDecisionOf('accepted_with_remarks')).toBe('approve');
    expect(requestDecisionOf('returned')).toBe('reject');
  });

  it('wants remarks with remarks, and what is missing when returning', () => {
    expect(acceptanceProblems('accepted', '')).toEqual([]);
    expect(acceptanceProblems('accepted_with_remarks', ' ')).toMatchObject([{ path: 'remarks' }]);
    expect(acceptanceProblems('returned', '')).toMatchObject([{ path: 'remarks' }]);
    expect(acceptanceProblems('returned', '缺少验收照片')).toEqual([]);
  });

  it('lets the office decide, and the lead leader only when the setting says so', () => {
    const task = { leadLeaderId: 'l' };
    const off = { byLeader: false, requireEvidence: false };
    const on = { byLeader: true, requireEvidence: false };
    expect(mayDecideAcceptance(office, task, off)).toBe(true);
    expect(mayDecideAcceptance(leader, task, off)).toBe(false);
    expect(mayDecideAcceptance(leader, task, on)).toBe(true);
    expect(mayDecideAcceptance(otherLeader, task, on)).toBe(false);
  });

  it('asks for evidence only when the district requires it', () => {
    expect(evidenceProblems(0, { byLeader: false, requireEvidence: false })).toEqual([]);
    expect(evidenceProblems(0, { byLeader: false, requireEvidence: true })).toMatchObject([
      { path: 'attachmentIds' },
    ]);
    expect(evidenceProblems(1, { byLeader: false, requireEvidence: true })).toEqual([]);
  });

  it('reads the state from the newest completion request', () => {
    expect(acceptanceState([])).toBe('none');
    expect(acceptanceState([{ status: 'pending', acceptance: null }])).toBe('requested');
    expect(
      acceptanceState([
        { status: 'rejected', acceptance: 'returned' },
        { status: 'approved', acceptance: 'accepted_with_remarks' },
      ]),
    ).toBe('accepted_with_remarks');
    expect(acceptanceState([{ status: 'approved', acceptance: null }])).toBe('accepted');
  });
});
