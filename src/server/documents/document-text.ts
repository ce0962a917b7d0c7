import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import { AppError } from '../errors';
import { checkZip, docxLimits } from './zip-guard';

export type DocumentKind = 'docx' | 'txt';

const zipMagic = [0x50, 0x4b, 0x03, 0x04];

/**
 * The text of an uploaded report, its type decided by content, not by name: a .docx is a zip that mammoth
 * can read; a text file is UTF-8 or GB18030 without control bytes. Anything else is refused.
 * Runs in the parse worker (parse-pool.ts), never on the event loop that answers requests.
 */
export async function readUploadedDocument(
  bytes: Buffer,
): Promise<{ kind: DocumentKind; text: string; mediaType: string }> {
  if (zipMagic.every((b, i) => bytes[i] === b)) {
    // Sizes first, from the zip's directory: mammoth holds the whole unpacked XML and more in memory.
    await checkZip(bytes, docxLimits, unsupported);
    try {
      const { value } = await mammoth.extractRawText({ buffer: bytes });
      return {
        kind: 'docx',
        text: value,
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      };
    } catch {
      throw unsupported();
    }
  }
  // Binary files (images, PDFs, old .doc) carry NUL and other control bytes that text never does.
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) if (b === 0 || (b < 0x09 && b !== 0x1b)) control++;
  if (control > 0 || bytes.subarray(0, 5).toString('latin1') === '%PDF-') throw unsupported();
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  if (/[\uFFFD]/.test(text.slice(0, 4096))) throw unsupported();
  return { kind: 'txt', text, mediaType: 'text/plain; charset=utf-8' };
}

/** Decodes a text file: UTF-8 when the bytes are valid UTF-8, else GB18030 (which covers GBK/GB2312). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), 'gb18030');
  }
}

function unsupported(): AppError {
  return new AppError('UNSUPPORTED_FILE_TYPE', {
    details: { fields: [{ path: 'file', message: '只支持 Word（.docx）和纯文本（.txt）文件' }] },
  });
}
