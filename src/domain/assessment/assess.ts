/**
 * The assessment (考核): scores every unit of a tenant under a scheme as of a date, ranks the units within their
 * groups and grades them. Pure and deterministic: facts are sorted by id before anything is summed, strings are
 * compared by code point, and points are kept in integer cents, so the same inputs give the same JSON.
 */
import { computeBonuses } from './bonuses';
import { scoreCooperation } from './components/cooperation';
import { scoreEvaluation } from './components/evaluation';
import { scoreRectification } from './components/rectification';
import { scoreReportTimeliness } from './components/report-timeliness';
import { scoreSatisfaction } from './components/satisfaction';
import { sortedById, type TScored } from './components/scored';
import { scoreTaskCompletion } from './components/task-completion';
import { dayNumber } from './dates';
import { computeDeductions, lightsAsOf } from './deductions';
import type { TAssessmentFacts, TTaskFact, TUnitFact } from './facts';
import { placeUnits, quotaSize, type TRankEntry } from './rank';
import type { TAssessmentResult, TComponentResult, TGroupResult, TUnitResult } from './result';
import { fromCents, roundPoints, toCents } from './rounding';
import type { TAssessmentScheme, TSchemeComponent } from './scheme';
import { findVetoes } from './vetoes';

type TGroup = TAssessmentScheme['groups'][number];

/**
 * The group a unit belongs to: the group that lists its id, else its own `groupKey` if the scheme has that
 * group, else the group that lists its kind; null when none does (the unit is then not assessed).
 */
export function groupOfUnit(scheme: TAssessmentScheme, unit: TUnitFact): TGroup | null {
  return (
    scheme.groups.find((g) => g.unitIds.includes(unit.id)) ??
    scheme.groups.find((g) => unit.groupKey != null && g.key === unit.groupKey) ??
    scheme.groups.find((g) => g.unitKinds.includes(unit.kind)) ??
    null
  );
}

function scoreComponent(
  component: TSchemeComponent,
  unitId: string,
  facts: TAssessmentFacts,
  tasksById: ReadonlyMap<string, TTaskFact>,
  asOf: string,
  year: number,
): TScored {
  switch (component.key) {
    case 'task_completion':
      return scoreTaskCompletion(unitId, facts.tasks, component, asOf, year);
    case 'report_timeliness':
      return scoreReportTimeliness(unitId, facts.reports, tasksById, asOf);
    case 'rectification':
      return scoreRectification(unitId, facts.rectifications, asOf);
    case 'satisfaction':
      return scoreSatisfaction(unitId, facts.satisfaction);
    case 'evaluation':
      return scoreEvaluation(unitId, facts.evaluations, component);
    case 'cooperation':
      return scoreCooperation(unitId, facts.cooperationRatings, component);
  }
}

/**
 * Turns raw values into points. A component without facts follows its `whenNoFacts`: `full` 100, `zero` 0, or
 * `reweight` — left out, its weight spread over the applicable components in proportion to their weights.
 * Points are computed from the raw value as shown (rounded to cents), so a reader can check them.
 */
export function scoreComponents(
  scheme: TAssessmentScheme,
  unitId: string,
  facts: TAssessmentFacts,
  tasksById: ReadonlyMap<string, TTaskFact>,
  asOf: string,
): { pointsCents: number; components: TComponentResult[] } {
  const rulings = sortedById(facts.componentRulings ?? []).filter((r) => r.unitId === unitId);
  const scored = scheme.components.map((component) => {
    const { raw, evidence } = scoreComponent(component, unitId, facts, tasksById, asOf, scheme.year);
    const policyRaw =
      raw ?? (component.whenNoFacts === 'full' ? 100 : component.whenNoFacts === 'zero' ? 0 : null);
    // An appeal ruling (申诉复核) sets the raw score; the latest ruling counts, cited beside the facts.
    const ruling = rulings.filter((r) => r.key === component.key).at(-1);
    if (ruling)
      return {
        component,
        raw: roundPoints(ruling.raw),
        evidence: [
          ...evidence,
          {
            kind: 'appeal' as const,
            id: ruling.id,
            label: ruling.label,
            reason: 'appeal_ruling' as const,
            value: roundPoints(ruling.raw),
          },
        ],
      };
    return { component, raw: policyRaw === null ? null : roundPoints(policyRaw), evidence };
  });
  const applicableCents = scored.reduce(
    (sum, s) => sum + (s.raw === null ? 0 : toCents(s.component.weight)),
    0,
  );
  let pointsCents = 0;
  const components = scored.map(({ component, raw, evidence }): TComponentResult => {
    const weightCents = toCents(component.weight);
    const isApplicable = raw !== null && applicableCents > 0;
    const cents = isApplicable ? toCents((raw * weightCents) / applicableCents) : 0;
    pointsCents += cents;
    return {
      key: component.key,
      weight: component.weight,
      effectiveWeight: isApplicable ? roundPoints((weightCents * 100) / applicableCents) : 0,
      raw,
      points: fromCents(cents),
      isApplicable,
      evidence,
    };
  });
  return { pointsCents, components };
}

/** Assesses every unit in `facts` under `scheme` as of the end of the day `asOf` (YYYY-MM-DD). */
export function assess(scheme: TAssessmentScheme, facts: TAssessmentFacts, asOf: string): TAssessmentResult {
  dayNumber(asOf); // throws on a malformed date before any work is done
  const tasksById = new Map(facts.tasks.map((t) => [t.id, t] as const));
  const members = new Map<string, TUnitFact[]>(scheme.groups.map((g) => [g.key, []]));
  const unassignedUnits: TAssessmentResult['unassignedUnits'] = [];
  for (const unit of sortedById(facts.units)) {
    const group = groupOfUnit(scheme, unit);
    if (group) members.get(group.key)?.push(unit);
    else unassignedUnits.push({ unitId: unit.id, unitName: unit.name, unitKind: unit.kind });
  }

  const groups = scheme.groups.map((group): TGroupResult => {
    const units = (members.get(group.key) ?? []).map((unit) =>
      assessUnit(scheme, unit, facts, tasksById, asOf),
    );
    const placements = placeUnits(
      units.map((u) => u.entry),
      scheme.grades,
    );
    const byId = new Map(units.map((u) => [u.result.unitId, u.result] as const));
    const ranked = placements.flatMap((p) => {
      const result = byId.get(p.unitId);
      const grade = scheme.grades[p.gradeIndex];
      if (!result || !grade) return [];
      return [{ ...result, rank: p.rank, grade: grade.name, gradeKey: grade.key, flags: p.flags }];
    });
    const quotas = scheme.grades.flatMap((g) =>
      g.quota === null
        ? []
        : [
            {
              gradeKey: g.key,
              maxUnits: quotaSize(g.quota.maxPercent, units.length),
              maxPercent: g.quota.maxPercent,
              groupSize: units.length,
            },
          ],
    );
    return { key: group.key, name: group.name, quotas, units: ranked };
  });

  return { year: scheme.year, asOf, schemeVersion: scheme.version, groups, unassignedUnits };
}

/** Scores one unit; rank, grade and flags are filled in once its whole group is known. */
function assessUnit(
  scheme: TAssessmentScheme,
  unit: TUnitFact,
  facts: TAssessmentFacts,
  tasksById: ReadonlyMap<string, TTaskFact>,
  asOf: string,
): { result: TUnitResult; entry: TRankEntry } {
  const { pointsCents, components } = scoreComponents(scheme, unit.id, facts, tasksById, asOf);
  const deductions = computeDeductions(unit.id, scheme, facts, tasksById, asOf);
  const bonuses = computeBonuses(unit.id, scheme, facts.bonuses, asOf);
  const vetoes = findVetoes(unit.id, scheme, facts.vetoes, asOf, facts.vetoRulings ?? []);
  const isVetoed = vetoes.some((v) => v.evidence.some((e) => e.reason === 'counted'));
  const redMonths = lightsAsOf(unit.id, facts.lights, 'red', asOf).length;
  const totalCents = pointsCents - deductions.totalCents + bonuses.totalCents;

  const tieBreaks = scheme.tieBreak.map((key) => {
    if (key === 'fewer_red_months') return -redMonths;
    if (key === 'fewer_deductions') return -deductions.totalCents;
    const raw = components.find((c) => c.key === key)?.raw ?? null;
    return raw === null ? null : toCents(raw);
  });

  const lowest = scheme.grades[scheme.grades.length - 1];
  const result: TUnitResult = {
    unitId: unit.id,
    unitName: unit.name,
    unitKind: unit.kind,
    total: fromCents(totalCents),
    rank: 0,
    grade: lowest?.name ?? '',
    gradeKey: lowest?.key ?? '',
    isVetoed,
    redMonths,
    componentPoints: fromCents(pointsCents),
    components,
    deductions: deductions.result,
    bonuses: bonuses.result,
    vetoes,
    flags: [],
  };
  return { result, entry: { unitId: unit.id, totalCents, isVetoed, tieBreaks } };
}
