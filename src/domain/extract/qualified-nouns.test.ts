import { describe, expect, it } from 'vitest';
import { qualifiesNextNoun } from './qualified-nouns.js';
import { findSentenceTargets } from './targets.js';

describe('a number that qualifies the noun after it (issue 19, fifth pass)', () => {
  it('以上的 / 的 after a number makes the next indicator read from the clause start', () => {
    expect(qualifiesNextNoun('以上的村占比达到')).toBe(true);
    expect(qualifiesNextNoun('的企业')).toBe(true);
    expect(qualifiesNextNoun('，新增就业')).toBe(false);
  });

  it('集体经济年收入10万元以上的村占比达到60%: the indicator names 集体经济', () => {
    const targets = findSentenceTargets({
      sentence: '集体经济年收入10万元以上的村占比达到60%。',
      effectiveKind: 'plan',
      meetingDate: '2027-01-08',
      scopeDeadline: null,
    });
    const share = targets.find((t) => t.value === 60);
    expect(share?.indicator).toContain('集体经济');
  });
});
