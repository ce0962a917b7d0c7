import { summarizeBlockers, type BlockerSummary } from '../../../domain/blocker-summary';
import { shanghaiDate } from '../../clock';
import type { Executor } from '../../db/client';
import { withSubjects } from './blocker-scope';
import { namesFor, selectBlockers } from './blockers.repository';

export type { BlockerSummary };

/**
 * The tenant's blockers over [from, to] as the bulletin and the quarterly analysis report them (opened,
 * cleared, average days to clear, the oldest still open): the caller's transaction is the tenant's.
 */
export async function computeBlockerSummary(tx: Executor, from: string, to: string): Promise<BlockerSummary> {
  const loaded = await withSubjects(tx, await selectBlockers(tx, {}));
  const names = await namesFor(
    tx,
    loaded.map(({ row }) => row.ownerUnitId),
    [],
  );
  return summarizeBlockers(
    loaded.map(({ row, subject }) => ({
      title: row.title,
      subjectName: subject.name,
      ownerUnitName: names.units.get(row.ownerUnitId) ?? '',
      level: row.level,
      raisedOn: shanghaiDate(row.raisedAt),
      confirmedOn: row.confirmedAt ? shanghaiDate(row.confirmedAt) : null,
      closedOn: row.closedAt ? shanghaiDate(row.closedAt) : null,
    })),
    from,
    to,
  );
}
