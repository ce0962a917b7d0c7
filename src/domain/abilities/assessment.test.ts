import { describe, expect, it } from 'vitest';
import { achievementStatuses } from '../workflow';
import { actorKeys, actors, expected, type ActorKey } from './fixtures.test-helpers';
import {
  achievementVerdicts,
  canDeclareAchievement,
  entryCreateVerdict,
  entryKindsFor,
  entryVerdicts,
  type EntryKind,
} from './assessment';

const kinds: EntryKind[] = ['satisfaction', 'evaluation', 'bonus', 'veto'];

describe('entryCreateVerdict', () => {
  // Unit A's entries: the office any kind; A's head the self-evaluation and bonuses; A's operator bonuses.
  const who: Record<EntryKind, readonly ActorKey[]> = {
    satisfaction: ['supervisor'],
    evaluation: ['supervisor', 'headA'],
    bonus: ['supervisor', 'headA', 'operatorA'],
    veto: ['supervisor'],
  };
  for (const kind of kinds) {
    for (const actor of actorKeys) {
      it(`${actor} enters ${kind} for unit A`, () => {
        expect(entryCreateVerdict(actors[actor], { kind, unitId: 'A', party: 'self' })).toBe(
          expected({ who: who[kind] }, actor, kind),
        );
      });
    }
  }
  it('a unit head enters only the self-evaluation, not another party’s', () => {
    expect(entryCreateVerdict(actors.headA, { kind: 'evaluation', unitId: 'A', party: 'organisation' })).toBe(
      'role',
    );
  });

  it('offers each actor the kinds it may enter', () => {
    expect(entryKindsFor(actors.supervisor)).toEqual(kinds);
    expect(entryKindsFor(actors.headA)).toEqual(['evaluation', 'bonus']);
    expect(entryKindsFor(actors.operatorA)).toEqual(['bonus']);
    expect(entryKindsFor(actors.leader)).toEqual([]);
    expect(entryKindsFor(actors.admin)).toEqual([]);
  });
});

describe('entryVerdicts', () => {
  for (const isVerified of [false, true]) {
    for (const actor of actorKeys) {
      it(`${actor} on an entry ${isVerified ? 'verified' : 'unverified'}`, () => {
        const state = isVerified ? 'verified' : 'unverified';
        expect(entryVerdicts(actors[actor], { isVerified }).verify).toBe(
          expected({ who: ['supervisor'], when: ['unverified'] }, actor, state),
        );
      });
    }
  }
});

describe('achievementVerdicts', () => {
  for (const status of achievementStatuses) {
    for (const actor of actorKeys) {
      it(`${actor} on a ${status} achievement`, () => {
        const want = expected({ who: ['supervisor'], when: ['declared'] }, actor, status);
        expect(achievementVerdicts(actors[actor], { status, userId: 'u-oa' })).toEqual({
          verify: want,
          reject: want,
        });
      });
    }
  }

  it('nobody decides an own declaration', () => {
    expect(achievementVerdicts(actors.supervisor, { status: 'declared', userId: 'u-sup' }).verify).toBe(
      'role',
    );
  });

  it('business users with a unit declare achievements', () => {
    const declare = actorKeys.filter((a) => canDeclareAchievement(actors[a]));
    expect(declare).toEqual(['headA', 'operatorA', 'operatorB', 'headC']);
    // The office and leaders may declare only once they belong to a unit.
    expect(canDeclareAchievement({ ...actors.leader, unitId: 'A' })).toBe(true);
  });
});
