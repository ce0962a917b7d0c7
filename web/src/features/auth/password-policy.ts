/** The password policy as the server enforces it (except history, which only the server knows). */

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MIN_CLASSES = 3;

export interface PasswordCheck {
  length: boolean;
  upper: boolean;
  lower: boolean;
  digit: boolean;
  symbol: boolean;
  classes: number;
  isValid: boolean;
}

/** Checks length and character classes of a candidate password. */
export function checkPassword(password: string): PasswordCheck {
  const upper = /[A-Z]/.test(password);
  const lower = /[a-z]/.test(password);
  const digit = /[0-9]/.test(password);
  const symbol = /[^A-Za-z0-9]/.test(password);
  const classes = [upper, lower, digit, symbol].filter(Boolean).length;
  const length = [...password].length >= PASSWORD_MIN_LENGTH;
  return { length, upper, lower, digit, symbol, classes, isValid: length && classes >= PASSWORD_MIN_CLASSES };
}
