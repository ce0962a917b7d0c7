import { describe, expect, it } from 'vitest';
import { actorKeys, actors, expected } from './fixtures.test-helpers';
import { decisionAbilities, decisionVerdicts } from './decision';

describe('decisionVerdicts', () => {
  for (const published of [0, 3]) {
    for (const actor of actorKeys) {
      it(`${actor} on a decision with ${published} published tasks`, () => {
        const state = published === 0 ? 'unpublished' : 'published';
        expect(decisionVerdicts(actors[actor], { published })).toEqual({
          delete: expected({ who: ['supervisor'], when: ['unpublished'] }, actor, state),
        });
      });
    }
  }
  it('sends yes/no', () => {
    expect(decisionAbilities(actors.leader, { published: 0 })).toEqual({ delete: false });
  });
});
