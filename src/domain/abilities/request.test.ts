import { describe, expect, it } from 'vitest';
import { requestStatuses } from '../workflow';
import { actorKeys, actors, expected } from './fixtures.test-helpers';
import { requestAbilities, requestVerdicts } from './request';

describe('requestVerdicts', () => {
  for (const status of requestStatuses) {
    for (const actor of actorKeys) {
      it(`${actor} on a ${status} request`, () => {
        expect(requestVerdicts(actors[actor], { status }).decide).toBe(
          expected({ who: ['supervisor'], when: ['pending'] }, actor, status),
        );
      });
    }
  }
  it('sends yes/no', () => {
    expect(requestAbilities(actors.supervisor, { status: 'pending' })).toEqual({ decide: true });
  });
});
