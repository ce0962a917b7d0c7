import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { AppError } from '../errors';
import { checkZip, xlsxLimits } from './zip-guard';

/** The parts ExcelJS's stream reader needs before it meets a worksheet, in the order it must meet them. */
const leadingParts = [
  'xl/_rels/workbook.xml.rels',
  'xl/workbook.xml',
  'xl/sharedStrings.xml',
  'xl/styles.xml',
];
const worksheetPart = /^xl\/worksheets\/sheet\d+\.xml$/;

/**
 * ExcelJS's stream reader parses a worksheet at once only when the shared strings and the workbook's
 * relationships came before it in the zip; otherwise it copies the worksheet to a temporary file and reads it
 * at the end. Excel, WPS and ExcelJS itself all write the worksheets first — so every upload was written to
 * /tmp in clear text (left there when the worker is stopped on a limit) and failed as "unreadable" when the
 * disk was full. Here the checked zip is rewritten, stored without compression, holding only what the reader
 * uses, in its order: it never needs a temporary file. The zip is bounded by checkZip first, so this costs
 * at most its checked unpacked size twice over.
 */
async function inReadingOrder(bytes: Buffer): Promise<Buffer> {
  const source = await JSZip.loadAsync(bytes);
  const sheets = Object.keys(source.files).filter((name) => worksheetPart.test(name));
  const ordered = new JSZip();
  for (const name of [...leadingParts, ...sheets]) {
    const part = source.file(name);
    if (part) ordered.file(name, await part.async('uint8array'));
  }
  return await ordered.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

/**
 * The workbook reader of an uploaded .xlsx, its zip checked against the bounds (zip-guard.ts) and laid out
 * so that nothing touches the disk. A file that is not a readable zip answers `unreadable()`.
 */
export async function openSheetReader(
  bytes: Buffer,
  unreadable: () => AppError,
): Promise<ExcelJS.stream.xlsx.WorkbookReader> {
  await checkZip(bytes, xlsxLimits, unreadable);
  let ordered: Buffer;
  try {
    ordered = await inReadingOrder(bytes);
  } catch {
    throw unreadable();
  }
  return new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([ordered]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell a date cell from a number.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
}
