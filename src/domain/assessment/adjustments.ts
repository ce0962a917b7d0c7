/**
 * Caps on deductions and bonuses, shared by both. A kind's cap limits that kind's points; the overall cap then
 * limits the sum of the kinds. All arithmetic is in integer cents.
 */
import type { TAdjustments, TEvidence } from './result';
import { fromCents, toCents } from './rounding';

/** The points of one kind of rule before its cap. */
export interface TDraftAdjustment<K extends string> {
  kind: K;
  count: number;
  uncappedCents: number;
  cap: number | null;
  evidence: TEvidence[];
}

/** Applies each kind's cap, then the overall cap; returns the total in cents with the presented result. */
export function settleAdjustments<K extends string>(
  drafts: readonly TDraftAdjustment<K>[],
  cap: number | null,
): { totalCents: number; result: TAdjustments<K> } {
  let sumCents = 0;
  const items = drafts.map((d) => {
    const cents = d.cap === null ? d.uncappedCents : Math.min(d.uncappedCents, toCents(d.cap));
    sumCents += cents;
    return {
      kind: d.kind,
      count: d.count,
      points: fromCents(cents),
      uncappedPoints: fromCents(d.uncappedCents),
      cap: d.cap,
      evidence: d.evidence,
    };
  });
  const totalCents = cap === null ? sumCents : Math.min(sumCents, toCents(cap));
  return {
    totalCents,
    result: { total: fromCents(totalCents), uncappedTotal: fromCents(sumCents), cap, items },
  };
}
