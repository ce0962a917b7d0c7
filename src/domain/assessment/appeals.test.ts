import { describe, expect, it } from 'vitest';
import { calendarOf, emptyCalendar } from '../calendar/working-days';
import {
  appealWindowEnd,
  findAppealTarget,
  isWindowOpen,
  rulingFacts,
  rulingProblem,
  type TRuledAppeal,
} from './appeals';
import { assess } from './assess';
import { defaultScheme } from './scheme';
import { buildFacts, buildUnit } from './test-builders';

const ruled = (over: Partial<TRuledAppeal>): TRuledAppeal => ({
  id: 'ap1',
  unitId: 'A',
  targetKind: 'deduction',
  targetKey: 'bulletin_criticism:c1',
  status: 'upheld',
  ruledRaw: null,
  ruledPoints: null,
  label: '申诉复核：予以支持',
  ...over,
});

function unitA(appeals: TRuledAppeal[]) {
  const facts = buildFacts({
    units: [buildUnit('A'), buildUnit('B')],
    satisfaction: [{ id: 's1', unitId: 'A', period: '2024', score: 70 }],
    bulletinCriticisms: [
      { id: 'c1', unitId: 'A', title: '通报批评一', date: '2024-04-01' },
      { id: 'c2', unitId: 'A', title: '通报批评二', date: '2024-05-01' },
    ],
    vetoes: [{ id: 'v1', unitId: 'A', kind: 'discipline_case', title: '某案件', date: '2024-06-01' }],
    ...rulingFacts(appeals),
  });
  const result = assess(defaultScheme(2024), facts, '2024-12-31');
  const unit = result.groups.flatMap((g) => g.units).find((u) => u.unitId === 'A');
  if (!unit) throw new Error('unit A not assessed');
  return unit;
}

describe('the appeal window (公示期)', () => {
  it('ends the given number of working days after publication, skipping weekends and holidays', () => {
    // 2026-12-04 is a Friday: 5 working days → Friday 2026-12-11.
    expect(appealWindowEnd('2026-12-04', 5, emptyCalendar)).toBe('2026-12-11');
    const calendar = calendarOf([{ date: '2026-12-07', kind: 'holiday' }]);
    expect(appealWindowEnd('2026-12-04', 5, calendar)).toBe('2026-12-14');
  });

  it('is open from the day of publication to its last day, inclusive', () => {
    const w = { publishedOn: '2026-12-04', windowEndsOn: '2026-12-11' };
    expect(isWindowOpen(w, '2026-12-03')).toBe(false);
    expect(isWindowOpen(w, '2026-12-04')).toBe(true);
    expect(isWindowOpen(w, '2026-12-11')).toBe(true);
    expect(isWindowOpen(w, '2026-12-12')).toBe(false);
  });
});

describe('what an appeal ruling changes (申诉复核)', () => {
  it('an upheld deduction appeal gives back exactly the fact points; the fact stays, waived, citing the appeal', () => {
    const before = unitA([]);
    const after = unitA([ruled({})]);
    expect(after.total - before.total).toBeCloseTo(1, 2);
    const item = after.deductions.items.find((i) => i.kind === 'bulletin_criticism');
    expect(item?.evidence).toContainEqual(
      expect.objectContaining({
        id: 'c1',
        reason: 'waived',
        value: 0,
        waiver: expect.objectContaining({ id: 'ap1', by: 'appeal' }),
      }),
    );
  });

  it('a partly upheld deduction appeal removes only its points; a rejected one changes nothing', () => {
    const before = unitA([]).total;
    expect(unitA([ruled({ status: 'partly_upheld', ruledPoints: 0.4 })]).total - before).toBeCloseTo(0.4, 2);
    expect(unitA([ruled({ status: 'rejected' })]).total).toBe(before);
  });

  it('an upheld component appeal sets the raw score and the points follow the weight', () => {
    const before = unitA([]);
    const after = unitA([ruled({ targetKind: 'component', targetKey: 'satisfaction', ruledRaw: 90 })]);
    const c = after.components.find((x) => x.key === 'satisfaction');
    expect(c?.raw).toBe(90);
    expect(c?.evidence.at(-1)).toMatchObject({
      kind: 'appeal',
      id: 'ap1',
      reason: 'appeal_ruling',
      value: 90,
    });
    const weight = c?.effectiveWeight ?? 0;
    expect(after.total - before.total).toBeCloseTo(((90 - 70) * weight) / 100, 1);
  });

  it('an upheld veto appeal sets the veto aside but keeps it listed, waived', () => {
    expect(unitA([]).isVetoed).toBe(true);
    const after = unitA([ruled({ targetKind: 'veto', targetKey: 'v1' })]);
    expect(after.isVetoed).toBe(false);
    expect(after.vetoes[0]?.evidence[0]).toMatchObject({ id: 'v1', reason: 'waived' });
  });

  it('finds only items the unit result shows, still costing points', () => {
    const unit = unitA([]);
    expect(findAppealTarget(unit, 'deduction', 'bulletin_criticism:c1')).toMatchObject({ points: 1 });
    expect(findAppealTarget(unit, 'deduction', 'bulletin_criticism:c9')).toBeNull();
    expect(findAppealTarget(unit, 'deduction', 'nonsense')).toBeNull();
    expect(findAppealTarget(unit, 'component', 'satisfaction')).toMatchObject({ points: 70 });
    expect(findAppealTarget(unit, 'veto', 'v1')).not.toBeNull();
    const waived = unitA([ruled({})]);
    expect(findAppealTarget(waived, 'deduction', 'bulletin_criticism:c1')).toBeNull();
  });

  it('checks a ruling against what it rules on', () => {
    const component = { targetKind: 'component' as const, points: 70 };
    const deduction = { targetKind: 'deduction' as const, points: 1 };
    const veto = { targetKind: 'veto' as const, points: null };
    expect(rulingProblem(component, { decision: 'upheld' })?.path).toBe('raw');
    expect(rulingProblem(component, { decision: 'upheld', raw: 60 })?.path).toBe('raw');
    expect(rulingProblem(component, { decision: 'partly_upheld', raw: 80 })).toBeNull();
    expect(rulingProblem(deduction, { decision: 'partly_upheld' })?.path).toBe('points');
    expect(rulingProblem(deduction, { decision: 'partly_upheld', points: 1 })?.path).toBe('points');
    expect(rulingProblem(deduction, { decision: 'partly_upheld', points: 0.5 })).toBeNull();
    expect(rulingProblem(deduction, { decision: 'upheld' })).toBeNull();
    expect(rulingProblem(veto, { decision: 'partly_upheld' })?.path).toBe('decision');
    expect(rulingProblem(veto, { decision: 'upheld' })).toBeNull();
    expect(rulingProblem(deduction, { decision: 'rejected', points: 1 })?.path).toBe('decision');
  });
});
