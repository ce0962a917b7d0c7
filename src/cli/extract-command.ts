import { readFile, stat } from 'node:fs/promises';
import { findDocumentDate, normalizeDocument, type ExtractResult } from '../domain/extract/index.js';
import type { Config } from '../server/config';
import { fieldError } from '../server/errors';
import { defaultParseLimits, maxDocumentChars, maxUploadBytes } from '../server/documents/parse-limits';
import { parsePool } from '../server/documents/parse-pool';

/** Today's date in Asia/Shanghai as YYYY-MM-DD. */
export function todayInShanghai(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The text of a .txt or .docx file, read in the parse worker behind the zip guard (as an upload is). */
export async function readDocumentText(
  file: string,
  config: Pick<Config, 'parsing'> = { parsing: defaultParseLimits },
): Promise<string> {
  return (await parsePool(config.parsing).run({ kind: 'document', bytes: await readFile(file) })).text;
}

/**
 * `luoshi extract FILE [--date YYYY-MM-DD]`: reads the document and drafts sections, tasks and targets.
 * The meeting date defaults to a date stated in the document, else today in Asia/Shanghai.
 * The file passes the upload route's bounds: its size, the zip guard (zip-guard.ts), the text length, the
 * draft cap, and the parse worker's memory and time limits (parse-pool.ts) — a hostile file fails with the
 * same code as an upload instead of exhausting the operator's machine.
 */
export async function runExtract(
  file: string,
  opts: { date?: string },
  config: Pick<Config, 'parsing'> = { parsing: defaultParseLimits },
): Promise<ExtractResult> {
  if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) {
    throw new Error(`--date must be YYYY-MM-DD, got "${opts.date}"`);
  }
  if ((await stat(file)).size > maxUploadBytes)
    throw fieldError('PAYLOAD_TOO_LARGE', 'file', `文件超过 ${maxUploadBytes / 1024 / 1024} MB 上限`);
  const pool = parsePool(config.parsing);
  try {
    const text = await readDocumentText(file, config);
    if (text.length > maxDocumentChars)
      throw fieldError('VALIDATION_FAILED', 'text', `文件内容超过 ${maxDocumentChars} 字，请拆分后再提取`);
    const meetingDate =
      opts.date ?? normalizeDocument(text).date ?? findDocumentDate(text) ?? todayInShanghai();
    return await pool.run({ kind: 'preview', text, meetingDate });
  } finally {
    await pool.close();
  }
}
