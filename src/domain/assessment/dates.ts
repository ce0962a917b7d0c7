/**
 * Calendar dates as the engine sees them: ISO `YYYY-MM-DD` strings, already in Asia/Shanghai (the server
 * converts instants with `shanghaiDate`). A date means the whole day: a report submitted on its deadline is on
 * time, and `asOf` counts everything done up to the end of that day.
 */

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoMonth = /^(\d{4})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = isoDate.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** True for a month written `YYYY-MM`. */
export function isIsoMonth(value: string): boolean {
  const m = isoMonth.exec(value);
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

// A district's assessment compares ~100,000 dates drawn from a few hundred days: each is checked once.
const dayNumbers = new Map<string, number>();

/** Days since 1970-01-01 of a `YYYY-MM-DD` date; throws on anything else, so a bad date never becomes NaN. */
export function dayNumber(date: string): number {
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  if (!isIsoDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const day =
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
  if (dayNumbers.size < 100_000) dayNumbers.set(date, day);
  return day;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The last day of a `YYYY-MM` month, as `YYYY-MM-DD`. */
export function monthEnd(month: string): string {
  const known = monthEnds.get(month);
  if (known !== undefined) return known;
  if (!isIsoMonth(month)) throw new RangeError(`not a YYYY-MM month: ${month}`);
  const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));
  const end = last.toISOString().slice(0, 10);
  if (monthEnds.size < 10_000) monthEnds.set(month, end);
  return end;
}
const monthEnds = new Map<string, string>();

/** True when the date is on or before `asOf` (null, i.e. never, is not). */
export function isOnOrBefore(date: string | null, asOf: string): boolean {
  return date !== null && dayNumber(date) <= dayNumber(asOf);
}

/** Code-point order of strings: unlike `localeCompare`, it does not depend on the ICU build. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
