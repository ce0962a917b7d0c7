import { describe, expect, it } from 'vitest';
import { blockerStatuses } from '../vocabulary';
import { blockerVerdicts, blockersVerdicts, canSeeBlocker, type BlockerFacts } from './blocker';
import { actors, actorKeys } from './fixtures.test-helpers';

// Unit A raised it and owns it; B is asked to help; C has no part; u-lead is the contracting leader.
const base: BlockerFacts = {
  level: 'unit',
  status: 'open',
  raisedByUnitId: 'A',
  ownerUnitId: 'A',
  ownerUserId: null,
  askedUnitIds: ['B'],
  holderUnitIds: ['A'],
  leaderIds: ['u-lead'],
};

describe('blocker abilities', () => {
  it('who sees a blocker: the office, its leader, its units; nobody else', () => {
    const seen = actorKeys.filter((k) => canSeeBlocker(actors[k], base));
    expect(seen).toEqual(['supervisor', 'leader', 'headA', 'operatorA', 'operatorB']);
    expect(canSeeBlocker(actors.leader, { ...base, leaderIds: [] })).toBe(false);
    expect(canSeeBlocker(actors.leader, { ...base, leaderIds: [], ownerUserId: 'u-lead' })).toBe(true);
    expect(canSeeBlocker(actors.headC, { ...base, holderUnitIds: ['C'] })).toBe(true);
  });

  it('escalate early: the office at any level below the top, the owner at its own level', () => {
    const who = (facts: BlockerFacts) =>
      actorKeys.filter((k) => blockerVerdicts(actors[k], facts).escalate === 'yes');
    expect(who(base)).toEqual(['supervisor', 'headA', 'operatorA']);
    const atLeader = { ...base, level: 'leader' as const, ownerUserId: 'u-lead' };
    expect(who(atLeader)).toEqual(['supervisor', 'leader']);
    expect(who({ ...base, level: 'meeting' })).toEqual(['supervisor']);
    expect(blockerVerdicts(actors.supervisor, { ...base, level: 'committee' }).escalate).toBe('state');
    expect(blockerVerdicts(actors.operatorA, { ...base, level: 'meeting' }).escalate).toBe('role');
  });

  it('resolve by the owners while open or coordinating; confirm and reject by the raising unit; close by the office', () => {
    for (const status of blockerStatuses) {
      const f = { ...base, status, ownerUnitId: 'B' };
      const live = status === 'open' || status === 'coordinating';
      expect(blockerVerdicts(actors.operatorB, f).resolve, status).toBe(live ? 'yes' : 'state');
      expect(blockerVerdicts(actors.headC, f).resolve).toBe('role');
      expect(blockerVerdicts(actors.operatorA, f).confirm).toBe(
        status === 'pending_confirmation' ? 'yes' : 'state',
      );
      expect(blockerVerdicts(actors.operatorB, f).confirm).toBe('role');
      expect(blockerVerdicts(actors.operatorA, f).reject).toBe(
        status === 'pending_confirmation' ? 'yes' : 'state',
      );
      expect(blockerVerdicts(actors.supervisor, f).close).toBe(
        live || status === 'pending_confirmation' ? 'yes' : 'state',
      );
      expect(blockerVerdicts(actors.operatorA, f).close).toBe('role');
      expect(blockerVerdicts(actors.operatorA, f).addFile).toBe(
        status === 'resolved' || status === 'closed' ? 'state' : 'yes',
      );
    }
  });

  it('units raise blockers; everyone who reads them exports', () => {
    expect(blockersVerdicts(actors.operatorA).raise).toBe('yes');
    expect(blockersVerdicts(actors.supervisor).raise).toBe('role');
    expect(blockersVerdicts(actors.leader).export).toBe('yes');
    expect(blockersVerdicts(actors.admin).export).toBe('role');
  });
});
