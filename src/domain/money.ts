/**
 * Money in 万元 with two decimals (issue #13). The database keeps numeric(14,2), the API strings like
 * "1234.50"; the domain adds and compares integer cents (分 of 万元, i.e. hundredths), never floats:
 * "0.10" + "0.20" is exactly "0.30". numeric(14,2) tops out below 10¹⁴ cents, well inside
 * Number.MAX_SAFE_INTEGER (9·10¹⁵), so even a district's sum of every project stays exact.
 */

const wanPattern = /^(-?)(\d{1,12})(?:\.(\d{1,2}))?$/;

/** True for a string the API accepts as an amount: at most 12 integer digits and 2 decimals. */
export function isWan(text: string): boolean {
  return wanPattern.test(text);
}

/** "1234.5" → 123450 (cents). Throws on anything that is not an amount (callers validate first). */
export function parseWan(text: string): number {
  const m = wanPattern.exec(text.trim());
  if (!m) throw new RangeError(`not an amount in 万元: ${JSON.stringify(text)}`);
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' && cents !== 0 ? -cents : cents;
}

/** 123450 → "1234.50". */
export function formatWan(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`not a whole number of cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** The sum of amounts in cents. */
export function addCents(...amounts: readonly number[]): number {
  let sum = 0;
  for (const a of amounts) sum += a;
  return sum;
}

/** The sum of amounts given as strings, as a string: sumWan(["0.10", "0.20"]) = "0.30". */
export function sumWan(amounts: readonly string[]): string {
  return formatWan(addCents(...amounts.map(parseWan)));
}

/** part / whole × 100 rounded down to a whole percent (0 when whole is 0 or less). */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.floor((part * 100) / whole);
}
