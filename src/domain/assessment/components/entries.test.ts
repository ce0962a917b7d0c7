import { describe, expect, it } from 'vitest';
import type { TEvaluationEntry } from '../facts';
import type { TEvaluationParty } from '../scheme';
import { buildScheme } from '../test-builders';
import { scoreEvaluation } from './evaluation';
import { scoreSatisfaction } from './satisfaction';

const evaluation = buildScheme({
  components: [
    {
      key: 'evaluation',
      weight: 100,
      partyWeights: { self: 10, organisation: 40, serviceObject: 30, lineManagement: 20 },
    },
  ],
  tieBreak: [],
}).components[0];
if (evaluation?.key !== 'evaluation') throw new Error('fixture');

let n = 0;
const score = (party: TEvaluationParty, value: number, unitId = 'U'): TEvaluationEntry => ({
  id: `e${(n += 1)}`,
  unitId,
  party,
  score: value,
});

describe('satisfaction', () => {
  it('is the mean of the periods, a period entered twice counting once', () => {
    const entries = [
      { id: 's1', unitId: 'U', period: '2024-H1', score: 80 },
      { id: 's2', unitId: 'U', period: '2024-H2', score: 90 },
      { id: 's3', unitId: 'U', period: '2024-H2', score: 100 },
      { id: 's4', unitId: 'OTHER', period: '2024-H1', score: 0 },
    ];
    const scored = scoreSatisfaction('U', entries);
    expect(scored.raw).toBe(87.5); // (80 + (90 + 100) / 2) / 2
    expect(scored.evidence.map((e) => e.id)).toEqual(['s1', 's2', 's3']);
    expect(scoreSatisfaction('NONE', entries).raw).toBeNull();
  });
});

describe('evaluation', () => {
  it('weighs the parties by their own weights, each party the mean of its entries', () => {
    const entries = [
      score('self', 100),
      score('organisation', 90),
      score('serviceObject', 80),
      score('serviceObject', 70),
      score('lineManagement', 60),
      score('self', 0, 'OTHER'),
    ];
    // 0.1 × 100 + 0.4 × 90 + 0.3 × 75 + 0.2 × 60
    const scored = scoreEvaluation('U', entries, evaluation);
    expect(scored.raw).toBeCloseTo(80.5, 10);
    expect(scored.evidence).toHaveLength(5);
    expect(scored.evidence[0]).toMatchObject({ kind: 'evaluation', party: 'self', value: 100 });
  });
  it('spreads a missing party’s weight over the others, or counts it 0 or 100 as the scheme says', () => {
    const entries = [score('self', 100), score('organisation', 70)];
    expect(scoreEvaluation('U', entries, evaluation).raw).toBe(76); // (10 × 100 + 40 × 70) / 50
    expect(scoreEvaluation('U', entries, { ...evaluation, whenNoFacts: 'zero' }).raw).toBe(38);
    expect(scoreEvaluation('U', entries, { ...evaluation, whenNoFacts: 'full' }).raw).toBe(88);
    expect(scoreEvaluation('U', [], evaluation).raw).toBeNull();
  });
});
