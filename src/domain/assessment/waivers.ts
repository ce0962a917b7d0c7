/**
 * 容错纠错: a tolerance ruling waives a deduction's fact, in whole or by some points. The fact stays in the
 * evidence, marked waived and citing the ruling; only the points it deducts change.
 */
import { z } from 'zod';
import type { TDraftAdjustment } from './adjustments';
import type { TDeductionKind, TEvidence } from './result';
import { fromCents, toCents } from './rounding';

/**
 * The evidence kinds a ruling can waive (a red month-end light is a `light`): tolerance requests name the first
 * four, appeals any of them.
 */
export const waivableEvidenceKinds = [
  'bulletin_criticism',
  'interview',
  'accountability',
  'light',
  'report',
  'joint_review',
] as const;

/** A granted (or partly granted) tolerance request, as the assessment takes it. */
export const ZWaiver = z.object({
  /** The tolerance request. */
  id: z.string().min(1),
  unitId: z.string().min(1),
  kind: z.enum(waivableEvidenceKinds),
  factId: z.string().min(1),
  /** Points waived by a partial grant; null waives the whole fact. */
  points: z.number().positive().nullable(),
  /** The ruling, for the evidence label (e.g. "容错纠错认定 2026-03-10：予以容错"). */
  label: z.string().max(500),
  /** What ruled: a tolerance request (容错纠错, when absent) or an appeal against a published result (申诉). */
  by: z.enum(['tolerance', 'appeal']).optional(),
});
export type TWaiver = z.output<typeof ZWaiver>;

/**
 * Lowers a unit's deduction of one kind by the waivers of its facts: a waived fact deducts its points less
 * the waived points (never below zero) and no longer counts once nothing is left. Yellow lights, which
 * deduct by sets and not per fact, are not waivable.
 */
export function applyWaivers(
  draft: TDraftAdjustment<TDeductionKind>,
  unitId: string,
  waivers: readonly TWaiver[],
): TDraftAdjustment<TDeductionKind> {
  const mine = waivers.filter((w) => w.unitId === unitId);
  if (mine.length === 0 || draft.kind === 'yellow_month') return draft;
  let cents = draft.uncappedCents;
  let count = draft.count;
  const evidence = draft.evidence.map((e): TEvidence => {
    const w = mine.find((x) => x.kind === e.kind && x.factId === e.id);
    if (!w || e.value === undefined || e.reason === 'no_amount') return e;
    const valueCents = toCents(e.value);
    const waivedCents = w.points === null ? valueCents : Math.min(valueCents, toCents(w.points));
    cents -= waivedCents;
    if (waivedCents === valueCents) count -= 1;
    return {
      ...e,
      reason: 'waived',
      value: fromCents(valueCents - waivedCents),
      waiver: { id: w.id, points: fromCents(waivedCents), label: w.label, ...(w.by ? { by: w.by } : {}) },
    };
  });
  return { ...draft, count, uncappedCents: cents, evidence };
}
