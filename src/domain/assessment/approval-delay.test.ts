import { describe, expect, it } from 'vitest';
import { assess } from './assess';
import type { TAssessmentFacts } from './facts';
import { defaultScheme } from './scheme';
import { buildFacts, buildScheme, buildUnit } from './test-builders';

describe('approval_delay deductions (联审联批)', () => {
  const scheme = buildScheme({
    deductions: { cap: null, rules: [{ kind: 'approval_delay', amount: 0.5, cap: 5 }] },
  });
  const item = (id: string, answeredAt: string | null) => ({
    id: `r1:${id}`,
    unitId: 'A',
    title: '用地规划联审（建设用地规划许可）',
    deadline: '2024-05-10',
    answeredAt,
  });
  const facts = (items: ReturnType<typeof item>[]) =>
    buildFacts({ units: [buildUnit('A')], approvalItems: items });
  const unitOf = (f: TAssessmentFacts, asOf = '2024-12-31') =>
    assess(scheme, f, asOf)
      .groups.flatMap((g) => g.units)
      .find((u) => u.unitId === 'A');
  const total = (f: TAssessmentFacts, asOf = '2024-12-31') => unitOf(f, asOf)?.total as number;

  it('the default scheme weights it', () => {
    expect(defaultScheme(2024).deductions.rules.find((r) => r.kind === 'approval_delay')).toMatchObject({
      amount: 0.5,
      cap: 5,
    });
  });

  it('a late item lowers the department by exactly the scheme points; on the deadline day it does not', () => {
    const base = facts([]);
    expect(total(facts([item('i1', '2024-05-10')]))).toBe(total(base));
    expect(total(base) - total(facts([item('i1', '2024-05-11')]))).toBeCloseTo(0.5, 10);
    expect(total(base) - total(facts([item('i1', null)]))).toBeCloseTo(0.5, 10);
    // On the deadline day an unanswered item deducts nothing yet.
    expect(total(facts([item('i1', null)]), '2024-05-10')).toBe(total(base, '2024-05-10'));
    const late = unitOf(facts([item('i1', '2024-05-11')]));
    expect(late?.deductions.items.find((i) => i.kind === 'approval_delay')).toMatchObject({
      count: 1,
      points: 0.5,
      evidence: [{ kind: 'joint_review', id: 'r1:i1', reason: 'late', value: 0.5 }],
    });
  });

  it('the cap holds: many late items deduct no more than the rule allows', () => {
    const many = Array.from({ length: 30 }, (_, i) => item(`i${i}`, '2024-06-30'));
    expect(unitOf(facts(many))?.deductions.items.find((i) => i.kind === 'approval_delay')).toMatchObject({
      count: 30,
      points: 5,
    });
  });
});
