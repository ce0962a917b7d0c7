import { districtCurrentValue } from '../../../domain/target-shares';
import type { Executor } from '../../db/client';
import { setTargetCurrentValue, sharesOfTarget, splitTargetIds } from './target-shares.repository';

/**
 * A split target's district value is the sum of its shares, whatever else wrote the target (an approved
 * progress report carries the lead unit's figure for every target): writers call this after writing.
 */
export async function restoreSplitSums(tx: Executor, targetIds: string[]): Promise<void> {
  for (const id of await splitTargetIds(tx, targetIds))
    await setTargetCurrentValue(tx, id, districtCurrentValue(await sharesOfTarget(tx, id)));
}
