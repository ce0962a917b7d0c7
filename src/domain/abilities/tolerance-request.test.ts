import { describe, expect, it } from 'vitest';
import { toleranceStatuses, type ToleranceStatus } from '../vocabulary';
import { actorKeys, actors, expected, type Rule } from './fixtures.test-helpers';
import { toleranceRequestVerdicts } from './tolerance-request';

describe('tolerance request abilities', () => {
  it('prepare: the office, until the request is ruled', () => {
    const rule: Rule<ToleranceStatus> = { who: ['supervisor'], when: ['filed', 'prepared'] };
    for (const actor of actorKeys)
      for (const status of toleranceStatuses)
        expect(toleranceRequestVerdicts(actors[actor], { status }).prepare, `${actor} ${status}`).toBe(
          expected(rule, actor, status),
        );
  });

  it('rule: a district leader for the committee, once the office has prepared it', () => {
    const rule: Rule<ToleranceStatus> = { who: ['leader'], when: ['prepared'] };
    for (const actor of actorKeys)
      for (const status of toleranceStatuses)
        expect(toleranceRequestVerdicts(actors[actor], { status }).rule, `${actor} ${status}`).toBe(
          expected(rule, actor, status),
        );
  });
});
