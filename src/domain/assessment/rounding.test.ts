import { describe, expect, it } from 'vitest';
import { isWholeCents, roundPoints, toCents } from './rounding';

describe('rounding to cents', () => {
  it('rounds half up where toFixed, misled by binary floating point, rounds down', () => {
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(roundPoints(1.005)).toBe(1.01);
    expect((2.675).toFixed(2)).toBe('2.67');
    expect(roundPoints(2.675)).toBe(2.68);
    expect(roundPoints(26.668)).toBe(26.67);
    expect(roundPoints(26.664)).toBe(26.66);
  });
  it('rounds negative halves away from zero, like positive ones', () => {
    expect(roundPoints(-1.005)).toBe(-1.01);
    expect(toCents(-0.001)).toBe(0);
  });
  it('gives integer cents whose sum is exact where floating sums are not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(toCents(0.1) + toCents(0.2)).toBe(30);
  });
  it('refuses what cannot be rounded', () => {
    expect(() => toCents(Number.NaN)).toThrow(RangeError);
  });
  it('tells whole cents from finer amounts', () => {
    expect(isWholeCents(0.1)).toBe(true);
    expect(isWholeCents(0.05)).toBe(true);
    expect(isWholeCents(0.005)).toBe(false);
  });
});
