import { describe, expect, it } from 'vitest';
import { comparableText, likelyOriginal, textSimilarity } from './feedback-duplicates';

const original = '幸福路与建设街交叉口的路灯已经坏了两个多月，晚上出行很不安全，请尽快修复。';

describe('feedback duplicates', () => {
  it('compares text without its spacing, punctuation, width or case', () => {
    expect(comparableText('路灯 坏了，ＡＢ１２!')).toBe('路灯坏了ab12');
    expect(textSimilarity(original, original.replace(/，/g, ',').replace(/。/g, ' '))).toBe(1);
  });

  it('finds a copy with a few words changed, and not a different complaint about the same street', () => {
    const resent = '幸福路与建设街交叉口的路灯坏了两个多月了，晚上出行很不安全，请尽快修复！';
    const other = '幸福路与建设街交叉口早高峰拥堵严重，建议增设信号灯并安排交警疏导。';
    expect(textSimilarity(original, resent)).toBeGreaterThanOrEqual(0.85);
    expect(textSimilarity(original, other)).toBeLessThan(0.5);
    const earlier = [
      { id: 'a', message: other, duplicateOf: null },
      { id: 'b', message: original, duplicateOf: null },
    ];
    expect(likelyOriginal(resent, earlier)).toBe('b');
    expect(likelyOriginal('小区门口的垃圾站气味很大，夏天更严重，希望街道尽快处理。', earlier)).toBeNull();
  });

  it('points a copy of a copy at the first message of the chain', () => {
    expect(likelyOriginal(original, [{ id: 'c', message: original, duplicateOf: 'first' }])).toBe('first');
  });

  it('does not call two short, different messages the same', () => {
    expect(likelyOriginal('路灯坏了', [{ id: 'a', message: '路灯修好了', duplicateOf: null }])).toBeNull();
  });
});
