import { describe, expect, it } from 'vitest';
import { namesReferencedSet } from './referenced-sets.js';
import { findSentenceTargets } from './targets.js';

const targetsOf = (sentence: string): (number | null)[] =>
  findSentenceTargets({
    sentence,
    effectiveKind: 'plan',
    meetingDate: '2025-07-20',
    scopeDeadline: null,
  }).map((t) => t.value);

describe('a count that names the set a job acts on is no target (issue 19, sixth pass)', () => {
  it('the object of 对/把 marked by 的, or a demonstrative, names an existing set', () => {
    expect(namesReferencedSet('县住建局要牵头对排查出的')).toBe(true);
    expect(namesReferencedSet('要把剩余')).toBe(true);
    expect(namesReferencedSet('对上述')).toBe(true);
    expect(namesReferencedSet('区教育局要确保新建的')).toBe(true);
    expect(namesReferencedSet('新增')).toBe(false);
    expect(namesReferencedSet('对接')).toBe(false);
    expect(namesReferencedSet('新建')).toBe(false);
  });

  it('对未开工的11个项目逐一会诊: no target; the count to reach in the next clause is one', () => {
    expect(targetsOf('县发改局要牵头对未开工的11个项目逐一会诊，确保9月底前全部开工。')).toEqual([]);
    expect(targetsOf('县住建局要对排查出的26处隐患限期整改，年内新建消防站3个。')).toEqual([3]);
    expect(targetsOf('要把这5家企业培育成为上市后备企业，新增上市企业2家。')).toEqual([2]);
  });
});
