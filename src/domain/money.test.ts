import { describe, expect, it } from 'vitest';
import { addCents, formatWan, isWan, parseWan, percentOf, sumWan } from './money';

describe('money in 万元', () => {
  it('parses to integer cents', () => {
    expect(parseWan('1234.50')).toBe(123450);
    expect(parseWan('1234.5')).toBe(123450);
    expect(parseWan('0.01')).toBe(1);
    expect(parseWan('7')).toBe(700);
    expect(parseWan('-3.05')).toBe(-305);
    expect(parseWan('-0.00')).toBe(0);
    expect(parseWan('999999999999.99')).toBe(99999999999999);
  });

  it('refuses what is not an amount', () => {
    for (const bad of ['', '1.234', '1e3', 'abc', '1,000', '.5', '1234567890123']) {
      expect(isWan(bad), bad).toBe(false);
      expect(() => parseWan(bad), bad).toThrow(RangeError);
    }
  });

  it('formats with two decimals', () => {
    expect(formatWan(123450)).toBe('1234.50');
    expect(formatWan(5)).toBe('0.05');
    expect(formatWan(0)).toBe('0.00');
    expect(formatWan(-305)).toBe('-3.05');
    expect(() => formatWan(0.5)).toThrow(RangeError);
  });

  it('adds exactly where floats do not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumWan(['0.10', '0.20'])).toBe('0.30');
    expect(addCents(parseWan('0.1'), parseWan('0.2'))).toBe(30);
    expect(sumWan([])).toBe('0.00');
    const many = Array.from({ length: 1000 }, () => '0.01');
    expect(sumWan(many)).toBe('10.00');
  });

  it('percent rounds down and is 0 without a whole', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(150, 100)).toBe(150);
    expect(percentOf(5, 0)).toBe(0);
  });
});
