/**
 * Deductions (扣分): interviews, accountability actions by type, red month-end lights, every N yellow ones,
 * missing and late reports, criticisms in bulletins. Only facts dated on or before `asOf` count.
 */
import { settleAdjustments, type TDraftAdjustment } from './adjustments';
import { classifyReport, reportLabel } from './components/report-timeliness';
import { unitItemsById } from './components/scored';
import { isOnOrBefore, monthEnd } from './dates';
import { isLate } from '../joint-reviews';
import type { TAssessmentFacts, TMonthEndLightFact, TTaskFact } from './facts';
import type { TAdjustments, TDeductionKind, TEvidence } from './result';
import { fromCents, toCents } from './rounding';
import type { TAssessmentScheme, TDeductionRule } from './scheme';
import { applyWaivers } from './waivers';

/** The unit's month-end lights of one colour for months that ended by `asOf`, by id. */
export function lightsAsOf(
  unitId: string,
  lights: readonly TMonthEndLightFact[],
  light: 'red' | 'yellow',
  asOf: string,
): TMonthEndLightFact[] {
  return unitItemsById(lights, unitId).filter(
    (l) => l.light === light && isOnOrBefore(monthEnd(l.month), asOf),
  );
}

function lightLabel(l: TMonthEndLightFact, tasksById: ReadonlyMap<string, TTaskFact>): string {
  const task = tasksById.get(l.taskId);
  return `${task ? `${task.code} ${task.title}`.trim() : l.taskId} · ${l.month}`;
}

/** Computes a unit's deductions under the scheme, each kind capped, then the total capped. */
export function computeDeductions(
  unitId: string,
  scheme: TAssessmentScheme,
  facts: TAssessmentFacts,
  tasksById: ReadonlyMap<string, TTaskFact>,
  asOf: string,
): { totalCents: number; result: TAdjustments<TDeductionKind> } {
  const drafts = scheme.deductions.rules.map((rule) =>
    applyWaivers(draftDeduction(unitId, rule, facts, tasksById, asOf), unitId, facts.waivers),
  );
  return settleAdjustments(drafts, scheme.deductions.cap);
}

function draftDeduction(
  unitId: string,
  rule: TDeductionRule,
  facts: TAssessmentFacts,
  tasksById: ReadonlyMap<string, TTaskFact>,
  asOf: string,
): TDraftAdjustment<TDeductionKind> {
  const mine = <T extends { id: string; unitId: string; date: string }>(items: readonly T[]) =>
    unitItemsById(items, unitId).filter((i) => isOnOrBefore(i.date, asOf));
  // Every kind but accountability (by type) and yellow lights (by sets) deducts the same amount per fact.
  const amount = 'amount' in rule ? rule.amount : 0;
  const perFact = (evidence: TEvidence[]): TDraftAdjustment<TDeductionKind> => ({
    kind: rule.kind,
    count: evidence.length,
    uncappedCents: evidence.length * toCents(amount),
    cap: rule.cap,
    evidence,
  });

  switch (rule.kind) {
    case 'interview':
      return perFact(
        mine(facts.interviews).map((e) => ({
          kind: 'interview',
          id: e.id,
          label: e.title,
          reason: 'counted',
          value: amount,
        })),
      );
    case 'bulletin_criticism':
      return perFact(
        mine(facts.bulletinCriticisms).map((e) => ({
          kind: 'bulletin_criticism',
          id: e.id,
          label: e.title,
          reason: 'counted',
          value: amount,
        })),
      );
    case 'red_month':
      return perFact(
        lightsAsOf(unitId, facts.lights, 'red', asOf).map((l) => ({
          kind: 'light',
          id: l.id,
          label: lightLabel(l, tasksById),
          reason: 'red',
          value: amount,
        })),
      );
    case 'missing_report':
    case 'late_report': {
      const wanted = rule.kind === 'missing_report' ? 'missing' : 'late';
      const reports = unitItemsById(facts.reports, unitId).filter((r) => classifyReport(r, asOf) === wanted);
      return perFact(
        reports.map((r) => ({
          kind: 'report',
          id: r.id,
          label: reportLabel(r, tasksById),
          reason: wanted,
          value: amount,
        })),
      );
    }
    case 'approval_delay':
      // 联审联批: the deadline day is on time; an item unanswered after it counts as well (as of `asOf`).
      return perFact(
        unitItemsById(facts.approvalItems, unitId)
          .filter((a) =>
            isLate(
              a.deadline,
              { status: a.answeredAt ? 'approved' : 'pending', firstAnsweredOn: a.answeredAt },
              asOf,
            ),
          )
          .map((a) => ({
            kind: 'joint_review',
            id: a.id,
            label: `${a.title} · ${a.deadline}`,
            reason: a.answeredAt !== null && a.answeredAt <= asOf ? 'late' : 'overdue',
            value: amount,
          })),
      );
    case 'yellow_month': {
      const yellows = lightsAsOf(unitId, facts.lights, 'yellow', asOf);
      // A yellow light alone deducts nothing; every complete set of perCount does.
      const sets = Math.floor(yellows.length / rule.perCount);
      return {
        kind: rule.kind,
        count: yellows.length,
        uncappedCents: sets * toCents(rule.amount),
        cap: rule.cap,
        evidence: yellows.map((l) => ({
          kind: 'light',
          id: l.id,
          label: lightLabel(l, tasksById),
          reason: 'yellow',
        })),
      };
    }
    case 'accountability': {
      let cents = 0;
      const evidence: TEvidence[] = mine(facts.accountabilityActions).map((a) => {
        const typeCents = toCents(rule.amounts[a.type] ?? 0);
        cents += typeCents;
        return {
          kind: 'accountability',
          id: a.id,
          label: a.title,
          reason: typeCents > 0 ? 'counted' : 'no_amount',
          value: fromCents(typeCents),
        };
      });
      return {
        kind: rule.kind,
        count: evidence.filter((e) => e.reason === 'counted').length,
        uncappedCents: cents,
        cap: rule.cap,
        evidence,
      };
    }
  }
}
