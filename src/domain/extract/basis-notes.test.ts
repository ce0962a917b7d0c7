import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { classifyText } from './section-kind.js';

const targetsOf = (text: string) =>
  extractDocument(text, { meetingDate: '2025-03-01' }).tasks.flatMap((t) =>
    t.targets.map((x) => `${x.value}${x.unit}`),
  );

describe('a bracketed note on the basis of a target (issue 19, eighth pass)', () => {
  it('its figures are others’ (an average, a quoted goal), not targets', () => {
    expect(targetsOf('要确保工业投资增长12%（依据县人代会目标设置，高于全市9.5%平均水平）。')).toEqual([
      '12%',
    ]);
    expect(targetsOf('力争外贸进出口增长10%（根据省定目标8%测算）。')).toEqual(['10%']);
    // Other brackets keep their figures.
    expect(targetsOf('要新建学校（含幼儿园）3所、养老床位200张。')).toEqual(['3所', '200张']);
  });

  it('its words weigh nothing in the sentence’s kind', () => {
    expect(classifyText('居民人均可支配收入增长7%（依据常住人口预计增长情况进行设置）')).not.toBe('review');
    expect(classifyText('居民人均可支配收入预计增长7%')).toBe('review');
  });
});
