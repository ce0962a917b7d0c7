import { isFigureAllowed } from '../../../domain/indicator-values';
import { splitProblem, splitProblemMessage, type SplitTarget } from '../../../domain/target-shares';
import type { Executor } from '../../db/client';
import { AppError, fieldError } from '../../errors';
import { shareableUnits } from './target-shares.repository';
import type { TSplitTargetBody } from './target-shares.schemas';

/**
 * Refuses a split that does not add up (422 `shares`, the difference in the message and the details), names a
 * unit twice or an upside-down range, or names a unit that cannot hold a share (unknown, inactive, a section,
 * another district's: 422 `shares.N.unitId`), or gives a negative figure to an indicator that cannot be negative
 * (422 `shares.N.targetValue`). An empty split (removal) passes.
 */
export async function checkSplit(
  tx: Executor,
  target: SplitTarget & { unit: string; indicator: string; baseline: number | null },
  shares: TSplitTargetBody['shares'],
): Promise<void> {
  if (shares.length === 0) return;
  for (const [i, s] of shares.entries())
    for (const field of ['targetValue', 'targetValueMax'] as const)
      if (!isFigureAllowed(target, s[field]))
        throw fieldError('VALIDATION_FAILED', `shares.${i}.${field}`, '该指标的分解值不能为负数');
  const problem = splitProblem(target, shares);
  if (problem) {
    const path =
      problem.kind === 'duplicate_unit'
        ? `shares.${problem.index}.unitId`
        : problem.kind === 'share_range'
          ? `shares.${problem.index}.targetValueMax`
          : 'shares';
    const message = splitProblemMessage(problem, target.unit);
    const figures =
      problem.kind === 'short' || problem.kind === 'over'
        ? {
            problem: problem.kind,
            difference: problem.difference,
            sum: problem.sum,
            required: problem.required,
          }
        : {};
    throw new AppError('VALIDATION_FAILED', {
      message,
      details: { fields: [{ path, message }], ...figures },
    });
  }
  const known = await shareableUnits(tx, [...new Set(shares.map((s) => s.unitId))]);
  const unknown = shares.findIndex((s) => !known.has(s.unitId));
  if (unknown >= 0)
    throw fieldError('VALIDATION_FAILED', `shares.${unknown}.unitId`, '单位不存在或不能承担指标');
}
