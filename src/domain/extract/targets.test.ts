import { describe, expect, it } from 'vitest';
import { findSentenceTargets } from './targets.js';

const targetsOf = (sentence: string, meetingDate = '2025-01-10') =>
  findSentenceTargets({ sentence, effectiveKind: 'plan', meetingDate, scopeDeadline: null });

describe('findSentenceTargets', () => {
  it('takes the deadline nearest before the number in its clause', () => {
    const [t] = targetsOf('今年开工、明年建成社区体育公园3个。');
    expect(t?.deadline).toBe('2026-12-31');
    const [u] = targetsOf('建成口袋公园20个，年底前全部开放。');
    expect(u?.deadline).toBe('2025-12-31');
  });

  it('names a bare change (净增) by what the number before it counts, even a fact', () => {
    const targets = targetsOf('全区现有高新技术企业212家，年内净增30家以上。');
    expect(targets).toHaveLength(1);
    expect(targets[0]?.indicator).toBe('高新技术企业净增');
    expect(targets[0]?.value).toBe(30);
  });
});
