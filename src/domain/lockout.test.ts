import { describe, expect, it } from 'vitest';
import { isLocked, lockedUntil, shouldLock } from './lockout';

const settings = { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 };
const at = (m: number) => new Date(Date.UTC(2024, 0, 1, 8, m));

describe('lockout', () => {
  it('locks at the fifth failure within 15 minutes', () => {
    expect(shouldLock([at(0), at(1), at(2), at(3)], at(4), settings)).toBe(false);
    expect(shouldLock([at(0), at(1), at(2), at(3), at(4)], at(4), settings)).toBe(true);
  });
  it('does not count failures older than the window', () => {
    expect(shouldLock([at(0), at(1), at(2), at(3), at(16)], at(16), settings)).toBe(false);
  });
  it('holds the lock for 15 minutes', () => {
    const until = lockedUntil(at(4), settings);
    expect(isLocked(until, at(18))).toBe(true);
    expect(isLocked(until, at(19))).toBe(false);
    expect(isLocked(null, at(0))).toBe(false);
  });
});
