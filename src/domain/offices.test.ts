import { describe, expect, it } from 'vitest';
import { officeLabels, officeOf } from './offices';

describe('officeOf', () => {
  it('places a supervisor in 督查室 and a leader among 区领导; unit staff and administrators in neither', () => {
    expect(officeOf(['supervisor'])).toBe('supervision_office');
    expect(officeLabels[officeOf(['leader'])!].zh).toBe('区领导');
    expect(officeOf(['unit_operator'])).toBeNull();
    expect(officeOf(['admin'])).toBeNull();
  });
});
