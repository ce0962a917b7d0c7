/**
 * Rounding of scores. Every point shown is rounded to cents (2 decimals), half away from zero. Binary floating
 * point stores 1.005 as 1.00499999…, so `toFixed(2)` gives "1.00"; we first clean the product ×100 to 12
 * significant digits (far more than any score needs, far fewer than a double's noise), then round. Sums of
 * points are done in integer cents, so a total is exactly the sum of the numbers shown.
 */

/** Converts a value to integer cents, rounding half away from zero after removing binary noise. */
export function toCents(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  const scaled = Number((Math.abs(value) * 100).toPrecision(12));
  const cents = Math.floor(scaled + 0.5);
  return value < 0 && cents !== 0 ? -cents : cents;
}

/** Converts integer cents back to a number with at most 2 decimals. */
export function fromCents(cents: number): number {
  return cents / 100;
}

/** Rounds a value to 2 decimals, half away from zero (1.005 → 1.01, 2.675 → 2.68, −1.005 → −1.01). */
export function roundPoints(value: number): number {
  return fromCents(toCents(value));
}

/** True when a number has at most 2 decimals (amounts and weights in a scheme must be whole cents). */
export function isWholeCents(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
}
