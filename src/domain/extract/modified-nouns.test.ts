import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { readModifiedNoun } from './modified-nouns.js';

describe('the noun after modifiers joined by 、 (issue 19, fifteenth pass)', () => {
  it("reads the noun after the modifiers' 的", () => {
    expect(readModifiedNoun('人气旺、特色鲜明的夜间街区')).toBe('夜间街区');
    expect(readModifiedNoun('特色街区')).toBeNull();
    expect(readModifiedNoun('、医院2所')).toBeNull();
    expect(readModifiedNoun('街区，配套完善的停车场')).toBeNull();
  });

  it('names the target by that noun', () => {
    const text = ['一、2031年重点工作', '培育8个人气旺、特色鲜明的夜间街区，带动夜间消费。'].join('\n');
    const targets = extractDocument(text, { meetingDate: '2031-02-10' }).tasks.flatMap((t) => t.targets);
    expect(targets.map((t) => t.indicator)).toEqual([expect.stringContaining('夜间街区')]);
  });
});
