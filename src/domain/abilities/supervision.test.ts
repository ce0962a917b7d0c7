import { describe, expect, it } from 'vitest';
import {
  rectificationStatuses,
  supervisionCaseStatuses,
  type RectificationStatus,
  type SupervisionCaseStatus,
} from '../workflow';
import { actorKeys, actors, expected, type Rule } from './fixtures.test-helpers';
import { caseAbilities, caseVerdicts, rectificationVerdicts } from './supervision';

const unitA = ['headA', 'operatorA'] as const;

describe('caseVerdicts', () => {
  const spec: Record<keyof ReturnType<typeof caseVerdicts>, Rule<SupervisionCaseStatus>> = {
    answer: { who: unitA, when: ['issued'] },
    close: { who: ['supervisor'], when: ['answered'] },
    sendBack: { who: ['supervisor'], when: ['answered'] },
    escalate: { who: ['supervisor'], when: ['issued', 'answered'] },
    reissue: { who: ['supervisor'], when: ['escalated'] },
  };
  for (const status of supervisionCaseStatuses) {
    for (const actor of actorKeys) {
      it(`${actor} on a ${status} case naming unit A`, () => {
        const got = caseVerdicts(actors[actor], { status, level: 'general', unitIds: ['A'] });
        const want = Object.fromEntries(
          Object.entries(spec).map(([k, rule]) => [k, expected(rule, actor, status)]),
        );
        expect(got).toEqual(want);
      });
    }
  }

  it('a case at the top level (挂牌督办) is not escalated further', () => {
    expect(
      caseVerdicts(actors.supervisor, { status: 'issued', level: 'listed', unitIds: ['A'] }).escalate,
    ).toBe('state');
    expect(
      caseAbilities(actors.supervisor, { status: 'issued', level: 'key', unitIds: ['A'] }).escalate,
    ).toBe(true);
  });
});

describe('rectificationVerdicts', () => {
  const spec: Record<keyof ReturnType<typeof rectificationVerdicts>, Rule<RectificationStatus>> = {
    submit: { who: unitA, when: ['open'] },
    verify: { who: ['supervisor'], when: ['submitted'] },
    reject: { who: ['supervisor'], when: ['submitted'] },
  };
  for (const status of rectificationStatuses) {
    for (const actor of actorKeys) {
      it(`${actor} on a ${status} rectification of unit A`, () => {
        const got = rectificationVerdicts(actors[actor], { status, unitId: 'A' });
        const want = Object.fromEntries(
          Object.entries(spec).map(([k, rule]) => [k, expected(rule, actor, status)]),
        );
        expect(got).toEqual(want);
      });
    }
  }
});
