import { splitProblem } from '../../../../src/domain/target-shares';
import type { TargetShareList } from '../../api/target-shares';

/**
 * The live sum of a split being typed and how far it is from the district figure, by the server's own rule
 * (src/domain/target-shares.ts): `short` and `over` are 0 when the split adds up. Rows still empty count as 0.
 */
export function splitGap(
  target: Pick<TargetShareList, 'comparator' | 'targetValue' | 'targetValueMax'>,
  rows: ReadonlyArray<{ targetValue?: number | null; targetValueMax?: number | null }>,
): { sum: number; short: number; over: number } {
  const shares = rows.map((r, i) => ({
    // The gap only: a repeated or unpicked unit is the form's concern, and must not hide the difference.
    unitId: `row-${i}`,
    targetValue: r?.targetValue ?? 0,
    targetValueMax: r?.targetValueMax ?? null,
  }));
  const sum = shares.reduce((s, r) => s + Math.round(r.targetValue * 1e6), 0) / 1e6;
  const problem = splitProblem(target, shares);
  return {
    sum,
    short: problem?.kind === 'short' ? problem.difference : 0,
    over: problem?.kind === 'over' ? problem.difference : 0,
  };
}
