import { describe, expect, it } from 'vitest';
import { buildScheme } from './test-builders';
import { defaultScheme, ZAssessmentScheme, type TAssessmentSchemeInput } from './scheme';

/** A valid scheme as written, to break one field at a time. */
function validInput(): TAssessmentSchemeInput {
  const { year, version, name, groups, components, deductions, bonuses, vetoes, grades, tieBreak } =
    defaultScheme(2025);
  return { year, version, name, groups, components, deductions, bonuses, vetoes, grades, tieBreak };
}

function issuesOf(input: unknown): { path: string; message: string }[] {
  const parsed = ZAssessmentScheme.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('default scheme', () => {
  it('is a valid scheme for the year asked, with departments and streets, floors 90/80/60 and 20% 优秀', () => {
    const scheme = defaultScheme(2025);
    expect(ZAssessmentScheme.parse(scheme)).toEqual(scheme);
    expect(scheme.year).toBe(2025);
    expect(defaultScheme(2031).year).toBe(2031);
    expect(scheme.version).toBe(0);
    expect(scheme.groups.map((g) => g.key)).toEqual(['departments', 'streets']);
    expect(scheme.components.reduce((s, c) => s + c.weight, 0)).toBe(100);
    expect(scheme.grades.map((g) => [g.name, g.floor])).toEqual([
      ['优秀', 90],
      ['良好', 80],
      ['一般', 60],
      ['较差', 0],
    ]);
    expect(scheme.grades[0]?.quota).toEqual({ maxPercent: 20 });
    expect(scheme.tieBreak).toEqual(['task_completion', 'fewer_red_months']);
  });
  it('has a local rule book: late report −0.1, missing −0.5, two yellows −1, a red −2', () => {
    const rules = defaultScheme(2025).deductions.rules;
    expect(rules.find((r) => r.kind === 'late_report')).toMatchObject({ amount: 0.1 });
    expect(rules.find((r) => r.kind === 'missing_report')).toMatchObject({ amount: 0.5 });
    expect(rules.find((r) => r.kind === 'yellow_month')).toMatchObject({ amount: 1, perCount: 2 });
    expect(rules.find((r) => r.kind === 'red_month')).toMatchObject({ amount: 2 });
  });
  it('refuses a year it cannot stand for', () => {
    expect(() => defaultScheme(1999)).toThrow(RangeError);
    expect(() => defaultScheme(2024.5)).toThrow(RangeError);
  });
});

describe('scheme validation', () => {
  it('accepts the valid input and fills defaults (k = 1, floor 60, key tasks ×2)', () => {
    expect(issuesOf(validInput())).toEqual([]);
    const scheme = buildScheme({ components: [{ key: 'task_completion', weight: 100 }] });
    expect(scheme.components[0]).toMatchObject({
      lateDayPenalty: 1,
      lateFloor: 60,
      keyTaskWeight: 2,
      whenNoFacts: 'reweight',
    });
  });
  it('rejects component weights that do not add up to 100, naming the field', () => {
    const input = validInput();
    input.components = input.components.map((c) => (c.key === 'satisfaction' ? { ...c, weight: 10 } : c));
    expect(issuesOf(input)).toEqual([
      { path: 'components', message: 'components[].weight must add up to 100, not 95' },
    ]);
  });
  it('rejects evaluation party weights that do not add up to 100, naming the field', () => {
    const input = validInput();
    input.components = input.components.map((c) =>
      c.key === 'evaluation'
        ? { ...c, partyWeights: { self: 10, organisation: 40, serviceObject: 30, lineManagement: 10 } }
        : c,
    );
    expect(issuesOf(input)).toEqual([
      { path: 'components.4.partyWeights', message: 'components[4].partyWeights must add up to 100, not 90' },
    ]);
  });
  it('rejects a unit kind in two groups, since each unit is in one group', () => {
    const input = validInput();
    input.groups = [
      { key: 'departments', name: '区直部门', unitKinds: ['department'] },
      { key: 'streets', name: '街道', unitKinds: ['street', 'department'] },
    ];
    expect(issuesOf(input)).toEqual([
      { path: 'groups.1.unitKinds', message: 'unit kind department is in more than one group' },
    ]);
  });
  it('rejects grades whose floors do not fall, and a quota on the lowest grade', () => {
    const input = validInput();
    input.grades = [
      { key: 'excellent', name: '优秀', floor: 80 },
      { key: 'good', name: '良好', floor: 85 },
      { key: 'poor', name: '较差', floor: 0, quota: { maxPercent: 10 } },
    ];
    expect(issuesOf(input).map((i) => i.path)).toEqual(['grades.1.floor', 'grades.2.quota']);
  });
  it('rejects a tie-break on a component the scheme does not have, and amounts finer than a cent', () => {
    const input = validInput();
    input.components = [{ key: 'task_completion', weight: 100 }];
    input.tieBreak = ['satisfaction'];
    expect(issuesOf(input).map((i) => i.path)).toEqual(['tieBreak.0']);
    const fine = validInput();
    fine.deductions = { cap: null, rules: [{ kind: 'late_report', amount: 0.005 }] };
    expect(issuesOf(fine).map((i) => i.path)).toEqual(['deductions.rules.0.amount']);
  });
});
