import { describe, expect, it } from 'vitest';
import { checkPasswordStrength, isPasswordExpired, passwordExpiresInDays } from './password-policy';

describe('checkPasswordStrength', () => {
  it('needs 8 characters', () => {
    expect(checkPasswordStrength('Ab1!xyz').ok).toBe(false);
    expect(checkPasswordStrength('Ab1!xyzw').ok).toBe(true);
  });
  it('needs 3 of the 4 classes', () => {
    expect(checkPasswordStrength('abcdefgh1').ok).toBe(false);
    expect(checkPasswordStrength('ABCDEFGH1').ok).toBe(false);
    expect(checkPasswordStrength('abcdEFGH').ok).toBe(false);
    expect(checkPasswordStrength('abcdEFGH1').ok).toBe(true);
    expect(checkPasswordStrength('abcdefg1#').ok).toBe(true);
    expect(checkPasswordStrength('ABCDEF1#').ok).toBe(true);
  });
  it('counts Chinese characters as symbols and by character, not byte', () => {
    expect(checkPasswordStrength('落实落实ab12').ok).toBe(true);
  });
});

describe('password expiry', () => {
  const changed = new Date('2024-01-01T00:00:00Z');
  it('expires after maxAgeDays', () => {
    expect(isPasswordExpired(changed, new Date('2024-06-28T23:59:59Z'), 180)).toBe(false);
    expect(isPasswordExpired(changed, new Date('2024-06-29T00:00:00Z'), 180)).toBe(true);
  });
  it('counts the days left', () => {
    expect(passwordExpiresInDays(changed, new Date('2024-06-14T00:00:00Z'), 180)).toBe(15);
    expect(passwordExpiresInDays(changed, new Date('2024-06-29T00:00:00Z'), 180)).toBe(0);
  });
});
