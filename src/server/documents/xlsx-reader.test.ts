import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ledgerColumns } from '../../domain/ledger';
import { readLedgerXlsx, writeLedgerXlsx } from './ledger-xlsx';
import { readProjectLedgerXlsx, writeProjectLedgerXlsx } from './project-ledger-xlsx';

// Excel, WPS and ExcelJS write the worksheets before the shared strings; the reader must still not copy
// an uploaded sheet to a temporary file (clear text on disk, and "unreadable" when the disk is full).
describe('reading an uploaded workbook touches no temporary file', () => {
  const saved = process.env.TMPDIR;
  let scratch = '';
  afterEach(() => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  /** The temporary folder is one that does not exist: any temporary file fails the read. */
  const noTemporaryFolder = () => {
    scratch = mkdtempSync(join(tmpdir(), 'luoshi-xlsx-'));
    process.env.TMPDIR = join(scratch, 'absent');
  };

  it('reads a task ledger written worksheets-first', async () => {
    const columns = ledgerColumns.map((c) => ({ key: c, header: c, width: 10 }));
    const bytes = await writeLedgerXlsx(
      columns,
      [{ 序号: 1, 任务内容: '建设区人民医院新院区', 牵头单位: '区卫生健康委员会', 完成时限: '2027-12-31' }],
      '任务台账',
    );
    noTemporaryFolder();
    const parsed = await readLedgerXlsx(bytes);
    expect(parsed.rows.map((r) => r.cells.任务内容)).toEqual(['建设区人民医院新院区']);
    expect(parsed.rows[0]?.cells.牵头单位).toBe('区卫生健康委员会');
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('reads a project ledger written worksheets-first', async () => {
    const bytes = await writeProjectLedgerXlsx([{ seq: 1, name: '城东污水处理厂', year: 2027 }], '项目台账');
    noTemporaryFolder();
    const parsed = await readProjectLedgerXlsx(bytes);
    expect(parsed.rows.map((r) => r.cells.name)).toEqual(['城东污水处理厂']);
  });
});
