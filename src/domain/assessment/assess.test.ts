import { describe, expect, it } from 'vitest';
import { assess } from './assess';
import type { TAssessmentFacts } from './facts';
import { defaultScheme } from './scheme';
import { buildDoneTask, buildFacts, buildReport, buildScheme, buildTask, buildUnit } from './test-builders';

const asOf = '2024-12-31';
const sat = (unitId: string, score: number) => ({ id: `sat-${unitId}`, unitId, period: '2024', score });
/** Five departments: only A and B can reach 优秀, and the group has one 优秀 place (20% of 5). */
const fillers = ['X', 'Y', 'Z'].map((id) => buildUnit(id));
const fillerSat = ['X', 'Y', 'Z'].map((id) => sat(id, 10));
const unitOf = (result: ReturnType<typeof assess>, unitId: string) =>
  result.groups.flatMap((g) => g.units).find((u) => u.unitId === unitId);

/** A realistic small year under the default scheme, for shape and determinism. */
function richFacts(): TAssessmentFacts {
  return buildFacts({
    units: [
      buildUnit('D1'),
      buildUnit('D2'),
      buildUnit('S1', 'street'),
      buildUnit('S2', 'town'),
      buildUnit('E1', 'enterprise'),
    ],
    tasks: [
      buildDoneTask('t1', 'D1', '2024-06-28', { isKey: true }),
      buildDoneTask('t2', 'D1', '2024-07-09'),
      buildTask('t3', 'D2', { progress: 55 }),
      buildTask('t4', 'S1', { dueDate: '2024-10-31', progress: 90 }),
      buildDoneTask('t5', 'S2', '2024-06-30'),
    ],
    reports: [
      buildReport('r1', 'D1', '2024-02-05', '2024-02-05'),
      buildReport('r2', 'D2', '2024-02-05', '2024-02-09'),
      buildReport('r3', 'S1', '2024-02-05', null),
    ],
    rectifications: [{ id: 'f1', unitId: 'D2', title: '台账不全', deadline: '2024-05-31', verifiedAt: null }],
    lights: [
      { id: 'l1', unitId: 'S1', taskId: 't4', month: '2024-11', light: 'red' },
      { id: 'l2', unitId: 'D2', taskId: 't3', month: '2024-09', light: 'yellow' },
      { id: 'l3', unitId: 'D2', taskId: 't3', month: '2024-10', light: 'yellow' },
    ],
    satisfaction: ['D1', 'D2', 'S1', 'S2'].map((id, i) => sat(id, 80 + i * 3.33)),
    evaluations: [
      { id: 'e1', unitId: 'D1', party: 'organisation', score: 93 },
      { id: 'e2', unitId: 'D1', party: 'self', score: 98 },
      { id: 'e3', unitId: 'S2', party: 'serviceObject', score: 88.8 },
    ],
    bonuses: [
      {
        id: 'b1',
        unitId: 'D1',
        kind: 'honour',
        level: 'city',
        title: '市级先进集体',
        date: '2024-09-01',
        isVerified: true,
      },
    ],
    vetoes: [
      { id: 'v1', unitId: 'S2', kind: 'major_safety_accident', title: '较大安全事故', date: '2024-08-01' },
    ],
    interviews: [{ id: 'i1', unitId: 'S1', title: '约谈', date: '2024-12-01' }],
    accountabilityActions: [
      { id: 'a1', unitId: 'D2', type: 'admonishment', title: '诫勉谈话', date: '2024-10-10' },
    ],
    bulletinCriticisms: [{ id: 'c1', unitId: 'S1', title: '11月通报', date: '2024-12-05' }],
  });
}

/** The same facts with every collection in reverse order. */
function reversed(facts: TAssessmentFacts): TAssessmentFacts {
  return Object.fromEntries(
    Object.entries(facts).map(([k, v]) => [k, [...(v as unknown[])].reverse()]),
  ) as TAssessmentFacts;
}

describe('assess', () => {
  it('answers in the API’s shape, groups in the scheme’s order, units placed by kind', () => {
    const result = assess(defaultScheme(2024), richFacts(), asOf);
    expect(Object.keys(result)).toEqual(['year', 'asOf', 'schemeVersion', 'groups', 'unassignedUnits']);
    expect(result).toMatchObject({ year: 2024, asOf, schemeVersion: 0 });
    expect(result.groups.map((g) => [g.name, g.units.map((u) => u.unitId)])).toEqual([
      ['区直部门', ['D1', 'D2']],
      ['街道（乡镇）', ['S1', 'S2']],
    ]);
    expect(result.unassignedUnits).toEqual([{ unitId: 'E1', unitName: '单位E1', unitKind: 'enterprise' }]);
    const d1 = unitOf(result, 'D1');
    expect(Object.keys(d1 ?? {})).toEqual(
      expect.arrayContaining([
        'unitId',
        'unitName',
        'total',
        'rank',
        'grade',
        'components',
        'deductions',
        'bonuses',
        'vetoes',
      ]),
    );
    expect(d1?.components.map((c) => c.key)).toEqual([
      'task_completion',
      'report_timeliness',
      'rectification',
      'satisfaction',
      'evaluation',
    ]);
    expect(d1?.components[0]?.evidence.map((e) => e.id)).toEqual(['t1', 't2']);
  });

  it('places a unit by the scheme’s unit ids first, then its own group, then its kind', () => {
    const scheme = buildScheme({
      groups: [
        { key: 'departments', name: '区直部门', unitKinds: ['department'] },
        { key: 'special', name: '专项', unitIds: ['B'] },
      ],
    });
    const units = [buildUnit('A'), buildUnit('B'), { ...buildUnit('C', 'street'), groupKey: 'special' }];
    const result = assess(scheme, buildFacts({ units }), asOf);
    expect(result.groups.map((g) => g.units.map((u) => u.unitId))).toEqual([['A'], ['B', 'C']]);
  });

  it('adds weighted points, subtracts deductions and adds bonuses, all shown to the cent', () => {
    const scheme = buildScheme({
      deductions: { cap: null, rules: [{ kind: 'late_report', amount: 0.1, cap: null }] },
      bonuses: { cap: null, rules: [{ kind: 'bulletin_praise', amount: 0.5, cap: null }] },
    });
    const facts = buildFacts({
      units: [buildUnit('U')],
      tasks: [buildDoneTask('t1', 'U', '2024-06-30'), buildDoneTask('t2', 'U', '2024-07-20')], // 100 and 80
      satisfaction: [sat('U', 80.05)],
      reports: [buildReport('r1', 'U', '2024-02-05', '2024-02-06')],
      bonuses: [
        {
          id: 'p',
          unitId: 'U',
          kind: 'bulletin_praise',
          level: null,
          title: '表扬',
          date: '2024-03-01',
          isVerified: true,
        },
      ],
    });
    const u = unitOf(assess(scheme, facts, asOf), 'U');
    expect(u?.components.map((c) => [c.key, c.raw, c.points])).toEqual([
      ['task_completion', 90, 45],
      ['satisfaction', 80.05, 40.03], // 40.025 rounds half up (toFixed would give 40.02)
    ]);
    expect(u).toMatchObject({ componentPoints: 85.03, total: 85.43 }); // 85.03 − 0.1 + 0.5
  });

  it('leaves out task_completion for a unit with no lead tasks and spreads its weight, unless the scheme says otherwise', () => {
    const facts = buildFacts({ units: [buildUnit('U')], satisfaction: [sat('U', 80)] });
    const reweighted = unitOf(assess(buildScheme(), facts, asOf), 'U');
    expect(reweighted?.components[0]).toMatchObject({
      raw: null,
      points: 0,
      isApplicable: false,
      effectiveWeight: 0,
    });
    expect(reweighted?.components[1]).toMatchObject({ raw: 80, points: 80, effectiveWeight: 100 });
    expect(reweighted?.total).toBe(80);

    const full = buildScheme({
      components: [
        { key: 'task_completion', weight: 50, whenNoFacts: 'full' },
        { key: 'satisfaction', weight: 50 },
      ],
    });
    expect(unitOf(assess(full, facts, asOf), 'U')?.total).toBe(90);
    const zero = buildScheme({
      components: [
        { key: 'task_completion', weight: 50, whenNoFacts: 'zero' },
        { key: 'satisfaction', weight: 50 },
      ],
    });
    expect(unitOf(assess(zero, facts, asOf), 'U')?.total).toBe(40);
  });

  it('gives full marks for rectification when a unit has nothing to rectify', () => {
    const scheme = buildScheme({ components: [{ key: 'rectification', weight: 100 }], tieBreak: [] });
    const u = unitOf(assess(scheme, buildFacts({ units: [buildUnit('U')] }), asOf), 'U');
    expect(u?.components[0]).toMatchObject({ raw: 100, points: 100, isApplicable: true, evidence: [] });
  });

  it('sets a vetoed unit’s grade to the lowest whatever its score, ranks it last, and keeps its quota place free', () => {
    const facts = buildFacts({
      units: [buildUnit('V'), buildUnit('A'), ...fillers],
      tasks: [buildDoneTask('tv', 'V', '2024-06-01'), buildDoneTask('ta', 'A', '2024-06-01')],
      satisfaction: [sat('V', 100), sat('A', 95), ...fillerSat],
      vetoes: [
        { id: 'v1', unitId: 'V', kind: 'major_safety_accident', title: '重大事故', date: '2024-07-01' },
      ],
    });
    const group = assess(buildScheme(), facts, asOf).groups[0];
    expect(group?.units.map((u) => [u.unitId, u.total, u.rank, u.grade])).toEqual([
      ['A', 97.5, 1, '优秀'],
      ['X', 10, 2, '较差'],
      ['Y', 10, 2, '较差'],
      ['Z', 10, 2, '较差'],
      ['V', 100, 5, '较差'],
    ]);
    expect(group?.units[4]).toMatchObject({ isVetoed: true, vetoes: [{ kind: 'major_safety_accident' }] });
  });

  it('breaks a tie at the quota boundary by the completion component, then by fewer red months', () => {
    const base = { units: [buildUnit('A'), buildUnit('B'), ...fillers] };
    // Both total 95: A by completion 100 + satisfaction 90, B by completion 90 + satisfaction 100.
    const byCompletion = buildFacts({
      ...base,
      tasks: [buildDoneTask('ta', 'A', '2024-06-30'), buildDoneTask('tb', 'B', '2024-07-10')],
      satisfaction: [sat('A', 90), sat('B', 100), ...fillerSat],
    });
    expect(
      assess(buildScheme(), byCompletion, asOf)
        .groups[0]?.units.slice(0, 2)
        .map((u) => [u.unitId, u.total, u.rank, u.grade]),
    ).toEqual([
      ['A', 95, 1, '优秀'],
      ['B', 95, 2, '良好'],
    ]);
    // Same completion and total; A had a red month (no deduction rule here, so totals stay equal).
    const byRedMonths = buildFacts({
      ...base,
      tasks: [buildDoneTask('ta', 'A', '2024-06-30'), buildDoneTask('tb', 'B', '2024-06-30')],
      satisfaction: [sat('A', 90), sat('B', 90), ...fillerSat],
      lights: [{ id: 'l1', unitId: 'A', taskId: 'ta', month: '2024-03', light: 'red' }],
    });
    const second = assess(buildScheme(), byRedMonths, asOf).groups[0]?.units.slice(0, 2);
    expect(second?.map((u) => [u.unitId, u.total, u.redMonths, u.rank, u.grade, u.flags])).toEqual([
      ['B', 95, 0, 1, '优秀', []],
      ['A', 95, 1, 2, '良好', ['quota_demoted']],
    ]);
    // Still tied: both share rank 1 and both go down a grade, flagged for the committee.
    const tied = buildFacts({ ...byRedMonths, lights: [] });
    expect(
      assess(buildScheme(), tied, asOf)
        .groups[0]?.units.slice(0, 2)
        .map((u) => [u.unitId, u.rank, u.grade, u.flags]),
    ).toEqual([
      ['A', 1, '良好', ['quota_tie_demoted']],
      ['B', 1, '良好', ['quota_tie_demoted']],
    ]);
  });

  it('is deterministic: the same input gives the same JSON, byte for byte, whatever the order of the facts', () => {
    const scheme = defaultScheme(2024);
    const first = JSON.stringify(assess(scheme, richFacts(), asOf));
    expect(JSON.stringify(assess(scheme, richFacts(), asOf))).toBe(first);
    expect(JSON.stringify(assess(scheme, reversed(richFacts()), asOf))).toBe(first);
  });

  it('refuses a malformed asOf', () => {
    expect(() => assess(buildScheme(), buildFacts({ units: [] }), '2024-13-01')).toThrow(RangeError);
  });
});
