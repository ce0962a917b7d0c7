import { z } from 'zod';
import {
  acceptanceFiguresByUnit,
  shareFiguresByUnit,
  type QuarterlyResponsibility,
} from '../../../domain/quarterly-responsibility';
import { closedPeriodsOfYear } from '../../../domain/share-facts';
import { periodEnd, periodStart } from '../../../domain/schedule';
import type { Executor } from '../../db/client';
import { loadCompletionRequestFacts } from '../acceptance/completion-request-facts';
import { loadOwedShares, sharePeriodKindOf } from '../assessment/co-unit-share-facts';
import { publishedTasksWithCoUnits } from './analysis.repository';

export const ZQuarterlyResponsibility = z.object({
  shares: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      owed: z.number(),
      onTime: z.number(),
      late: z.number(),
      missing: z.number(),
    }),
  ),
  acceptance: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      requested: z.number(),
      accepted: z.number(),
      acceptedWithRemarks: z.number(),
      returned: z.number(),
      averageDaysToAccept: z.number().nullable(),
      waiting: z.number(),
    }),
  ),
});

/**
 * Co-units' shares and acceptance per unit for the quarter [from, to] as of `asOf`: the shares owed for each
 * period ended by `asOf` (by the same rule as the assessment: the task accepted by the period's end, not completed before
 * it began, not cancelled; a returned share not redone is missing), and completion requests by lead unit.
 */
export async function computeQuarterlyResponsibility(
  tx: Executor,
  tenantId: string,
  from: string,
  to: string,
  asOf: string,
  unitName: ReadonlyMap<string, string>,
): Promise<QuarterlyResponsibility> {
  const kind = await sharePeriodKindOf(tx, tenantId);
  const owed = await loadOwedShares(
    tx,
    await publishedTasksWithCoUnits(tx),
    // The quarter's periods that have ended by `asOf` (the quarter's last day once it is over): all three
    // months of a past quarter count, each share judged by the period's close.
    closedPeriodsOfYear(Number(from.slice(0, 4)), '9999-12-31', kind).filter(
      (p) => periodStart(p) >= from && periodEnd(p) <= to && periodEnd(p) <= asOf,
    ),
  );
  return {
    shares: shareFiguresByUnit(owed, unitName),
    acceptance: acceptanceFiguresByUnit(await loadCompletionRequestFacts(tx), from, asOf, unitName),
  };
}
