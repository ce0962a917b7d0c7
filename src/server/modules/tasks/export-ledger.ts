import { shanghaiDate } from '../../clock';
import type { AuthedContext } from '../../context';
import { writeLedgerXlsx } from '../../documents/ledger-xlsx';
import { buildLedgerSheet } from './build-ledger-sheet';
import type { TLedgerSheetQuery } from './tasks.schemas';

/** Exactly the filtered ledger the caller sees, in the screen's columns, as the office's Excel sheet. */
export async function exportLedger(
  ctx: AuthedContext,
  query: TLedgerSheetQuery,
): Promise<{ fileName: string; bytes: Buffer }> {
  const sheet = await buildLedgerSheet(ctx, query);
  const bytes = await writeLedgerXlsx(sheet.columns, sheet.rows, sheet.title);
  return { fileName: `任务台账-${shanghaiDate(ctx.clock.now())}.xlsx`, bytes };
}
