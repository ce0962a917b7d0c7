/**
 * Bonuses (加分): honours by level, affirmative instructions (肯定性批示) by the leader's level, praise in a
 * bulletin. A claim counts only once the supervisor has verified it; unverified claims are listed, not counted.
 */
import { settleAdjustments, type TDraftAdjustment } from './adjustments';
import { sortedById } from './components/scored';
import { isOnOrBefore } from './dates';
import type { TBonusEntry } from './facts';
import type { TAdjustments, TBonusKind, TEvidence } from './result';
import { fromCents, toCents } from './rounding';
import type { TAssessmentScheme, TBonusRule } from './scheme';

/** The points one verified claim earns under its rule: by level, or the flat amount for bulletin praise. */
function claimCents(rule: TBonusRule, entry: TBonusEntry): number {
  if (rule.kind === 'bulletin_praise') return toCents(rule.amount);
  return entry.level === null ? 0 : toCents(rule.amounts[entry.level] ?? 0);
}

/** Computes a unit's bonuses under the scheme, each kind capped, then the total capped. */
export function computeBonuses(
  unitId: string,
  scheme: TAssessmentScheme,
  entries: readonly TBonusEntry[],
  asOf: string,
): { totalCents: number; result: TAdjustments<TBonusKind> } {
  const mine = sortedById(entries).filter((e) => e.unitId === unitId && isOnOrBefore(e.date, asOf));
  const drafts = scheme.bonuses.rules.map((rule): TDraftAdjustment<TBonusKind> => {
    let cents = 0;
    let count = 0;
    const evidence: TEvidence[] = mine
      .filter((e) => e.kind === rule.kind)
      .map((e) => {
        const label = e.level === null ? e.title : `${e.title} (${e.level})`;
        if (!e.isVerified) return { kind: 'bonus', id: e.id, label, reason: 'unverified', value: 0 };
        const c = claimCents(rule, e);
        cents += c;
        if (c > 0) count += 1;
        return {
          kind: 'bonus',
          id: e.id,
          label,
          reason: c > 0 ? 'counted' : 'no_amount',
          value: fromCents(c),
        };
      });
    return { kind: rule.kind, count, uncappedCents: cents, cap: rule.cap, evidence };
  });
  return settleAdjustments(drafts, scheme.bonuses.cap);
}
