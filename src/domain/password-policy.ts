/** Password rules of 等保2.0 as the office configures them (DESIGN.md; settings in settings.ts). */

export interface PasswordStrength {
  ok: boolean;
  length: number;
  classes: number;
}

/** At least `minLength` characters from at least 3 of the 4 classes: upper, lower, digit, symbol. */
export function checkPasswordStrength(password: string, minLength = 8, minClasses = 3): PasswordStrength {
  const length = [...password].length;
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  return { ok: length >= minLength && classes >= minClasses, length, classes };
}

const DAY = 86_400_000;

/** Days until the password expires (negative once expired), counted from when it was last changed. */
export function passwordExpiresInDays(changedAt: Date, now: Date, maxAgeDays: number): number {
  return Math.floor((changedAt.getTime() + maxAgeDays * DAY - now.getTime()) / DAY);
}

export function isPasswordExpired(changedAt: Date, now: Date, maxAgeDays: number): boolean {
  return now.getTime() >= changedAt.getTime() + maxAgeDays * DAY;
}
