import { describe, expect, it } from 'vitest';
import { assess } from './assess';
import { buildFacts, buildScheme, buildUnit } from './test-builders';

describe('a group quota', () => {
  it('carries its basis, so "优秀至多 0 个" can say why (3 units × 20 % = 0.6, rounded down)', () => {
    const result = assess(
      buildScheme(),
      buildFacts({ units: [buildUnit('A'), buildUnit('B'), buildUnit('C')] }),
      '2024-12-31',
    );
    expect(result.groups[0]?.quotas).toEqual([
      { gradeKey: 'excellent', maxUnits: 0, maxPercent: 20, groupSize: 3 },
    ]);
  });
});
