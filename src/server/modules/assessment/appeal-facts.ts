import { rulingFacts } from '../../../domain/assessment/appeals';
import { shanghaiDate } from '../../clock';
import type { Executor } from '../../db/client';
import { upheldAppeals } from '../appeals/appeals.repository';

const words = { upheld: '予以支持', partly_upheld: '部分支持', rejected: '驳回' } as const;

/**
 * The facts of upheld and partly upheld appeals (申诉复核) of the year: component scores, waived deductions,
 * vetoes set aside, each citing its ruling. A ruling counts whatever the date the year is assessed as of:
 * rulings come in the publication window after the year's end and correct the year's own facts.
 */
export async function loadAppealRulings(tx: Executor, year: number) {
  return rulingFacts(
    (await upheldAppeals(tx, year)).map((a) => ({
      id: a.id,
      unitId: a.unitId,
      targetKind: a.targetKind,
      targetKey: a.targetKey,
      status: a.status === 'partly_upheld' ? 'partly_upheld' : 'upheld',
      ruledRaw: a.ruledRaw,
      ruledPoints: a.ruledPoints,
      label: `申诉复核${a.ruledAt ? shanghaiDate(a.ruledAt) : ''}：${
        a.status === 'upheld' ? words.upheld : words.partly_upheld
      }。${a.rulingReasons ?? ''}`.slice(0, 500),
    })),
  );
}
