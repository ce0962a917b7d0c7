import { describe, expect, it } from 'vitest';
import { formatAcceptance, ledgerViewColumn } from './ledger-view';

describe('the acceptance record in the ledger (验收情况)', () => {
  it('writes the outcome, the date and who decided, then the remarks', () => {
    expect(
      formatAcceptance({
        state: 'accepted_with_remarks',
        decidedOn: '2024-07-20',
        decidedByName: '督查室 李娜',
        remarks: '资料齐全，请做好后续管护',
      }),
    ).toBe('附意见通过（2024-07-20 督查室 李娜）：资料齐全，请做好后续管护');
    expect(
      formatAcceptance({ state: 'accepted', decidedOn: '2024-07-21', decidedByName: null, remarks: null }),
    ).toBe('验收通过（2024-07-21）');
    expect(
      formatAcceptance({
        state: 'returned',
        decidedOn: '2024-07-19',
        decidedByName: '督查室 李娜',
        remarks: '缺少就业登记台账',
      }),
    ).toBe('退回补充（2024-07-19 督查室 李娜）：缺少就业登记台账');
  });

  it('says 待验收 while the request waits, and nothing for a task never asked', () => {
    expect(
      formatAcceptance({ state: 'requested', decidedOn: null, decidedByName: null, remarks: null }),
    ).toBe('待验收');
    expect(formatAcceptance(null)).toBe('');
  });

  it('is a read-only column, so a re-imported ledger cannot accept a task', () => {
    expect(ledgerViewColumn('acceptance')).toMatchObject({ header: '验收情况', isReadOnly: true });
  });
});
