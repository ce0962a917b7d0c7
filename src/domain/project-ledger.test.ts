import { describe, expect, it } from 'vitest';
import { ledgerAmount, ledgerDay, ledgerNames, sourceFromLabel, stageFromLabel } from './project-ledger';

describe('the project ledger cells', () => {
  it('reads amounts to the cent, never as floats', () => {
    expect(ledgerAmount('1234.5')).toBe('1234.50');
    expect(ledgerAmount('12,000')).toBe('12000.00');
    expect(ledgerAmount('0.30000000000000004')).toBe('0.30');
    expect(ledgerAmount('1.234')).toBeNull();
    expect(ledgerAmount('-5')).toBeNull();
    expect(ledgerAmount('一千')).toBeNull();
    expect(ledgerAmount('1234567890123')).toBeNull();
  });

  it('reads dates in the ways offices write them', () => {
    expect(ledgerDay('2026-03-01')).toBe('2026-03-01');
    expect(ledgerDay('2026/3/1')).toBe('2026-03-01');
    expect(ledgerDay('2026年6月30日')).toBe('2026-06-30');
    expect(ledgerDay('2026-02-30')).toBeNull();
    expect(ledgerDay('明年')).toBeNull();
  });

  it('maps labels to the vocabulary', () => {
    expect(sourceFromLabel('招商签约')).toBe('investment_signed');
    expect(stageFromLabel('在建')).toBe('construction');
    expect(stageFromLabel('投产')).toBe('operating');
    expect(stageFromLabel('施工')).toBeNull();
    expect(ledgerNames('王建国、李晓梅, 张立新')).toEqual(['王建国', '李晓梅', '张立新']);
  });
});
