import { describe, expect, it } from 'vitest';
import { deadlineState } from './case-deadlines';

describe('case deadlines', () => {
  it('is overdue the day after the deadline, due soon within the window, nothing before it', () => {
    expect(deadlineState('2026-03-10', true, '2026-03-11', 3)).toBe('overdue');
    expect(deadlineState('2026-03-10', true, '2026-03-10', 3)).toBe('due_soon');
    expect(deadlineState('2026-03-10', true, '2026-03-07', 3)).toBe('due_soon');
    expect(deadlineState('2026-03-10', true, '2026-03-06', 3)).toBeNull();
    expect(deadlineState('2026-03-01', true, '2026-02-27', 3)).toBe('due_soon');
  });

  it('says nothing of a closed case, however late', () => {
    expect(deadlineState('2026-03-10', false, '2026-04-30', 3)).toBeNull();
  });
});
