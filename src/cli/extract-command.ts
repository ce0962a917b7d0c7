import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import { extractDocument, findDocumentDate, normalizeDocument, type ExtractResult } from '../domain/extract/index.js';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/** Decodes a text file: UTF-8 when the bytes are valid UTF-8, else GB18030 (which covers GBK/GB2312). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), 'gb18030');
  }
}

/** Reads the text of a .txt or .docx file; the type is decided by content (a .docx is a zip). */
export async function readDocumentText(file: string): Promise<string> {
  const bytes = await readFile(file);
  if (isZip(bytes)) {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    return value;
  }
  return decodeText(bytes);
}

/** Today's date in Asia/Shanghai as YYYY-MM-DD. */
export function todayInShanghai(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * `luoshi extract FILE [--date YYYY-MM-DD]`: reads the document and drafts sections, tasks and targets.
 * The meeting date defaults to a date stated in the document, else today in Asia/Shanghai.
 */
export async function runExtract(file: string, opts: { date?: string }): Promise<ExtractResult> {
  const text = await readDocumentText(file);
  if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) {
    throw new Error(`--date must be YYYY-MM-DD, got "${opts.date}"`);
  }
  const meetingDate = opts.date ?? normalizeDocument(text).date ?? findDocumentDate(text) ?? todayInShanghai();
  return extractDocument(text, { meetingDate });
}
