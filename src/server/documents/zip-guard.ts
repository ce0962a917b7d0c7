import { fromBufferPromise, type Entry, type ZipFile } from 'yauzl';
import { AppError } from '../errors';

/** Bounds on what an uploaded Office file (a zip) may unpack to, checked before any parser sees it. */
export interface ZipLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Sum of every entry's unpacked size. */
  maxTotalBytes: number;
  /** One XML part (word/document.xml, a worksheet, the shared strings): what the XML parsers hold in memory. */
  maxXmlBytes: number;
}

const MiB = 1024 * 1024;

/**
 * A report of some tens of pages has a document.xml under 1 MiB; 4 MiB of tiny paragraphs already costs mammoth
 * ~10 s and ~800 MB, so that is the ceiling. Images (word/media) count only toward the total.
 */
export const docxLimits: ZipLimits = { maxEntries: 1000, maxTotalBytes: 64 * MiB, maxXmlBytes: 4 * MiB };
/** A ledger of 5,000 rows of long task texts fits in 16 MiB of shared strings. */
export const xlsxLimits: ZipLimits = { maxEntries: 1000, maxTotalBytes: 64 * MiB, maxXmlBytes: 16 * MiB };

export function fileTooComplex(message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError('FILE_TOO_COMPLEX', { details: { fields: [{ path: 'file', message }], ...details } });
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: Entry) => (cleanup(), resolve(entry));
    const onEnd = () => (cleanup(), resolve(null));
    const onError = (error: Error) => (cleanup(), reject(error));
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/** Inflates an entry into nothing, counting: yauzl fails the stream when the real size differs from the declared one. */
async function drain(zip: ZipFile, entry: Entry): Promise<void> {
  const stream = await zip.openReadStreamPromise(entry);
  for await (const chunk of stream) void chunk;
}

/**
 * Reads the zip's central directory and refuses, before anything is unpacked into memory, a file whose entries
 * are too many or would unpack too large (a zip bomb). Every entry is then inflated once as a stream and
 * discarded, so a directory that lies about sizes is caught too (yauzl checks each entry against its declared
 * size) — the parser that runs next reads only what was checked here. Answers the entries' names.
 */
export async function checkZip(
  bytes: Buffer,
  limits: ZipLimits,
  unreadable: () => AppError,
): Promise<string[]> {
  let zip: ZipFile;
  try {
    zip = await fromBufferPromise(bytes, {
      lazyEntries: true,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch {
    throw unreadable();
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw fileTooComplex(`文件包含 ${zip.entryCount} 个部件，超过上限 ${limits.maxEntries}`, {
        limit: 'entries',
      });
    }
    const entries: Entry[] = [];
    let total = 0;
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) {
        throw fileTooComplex(`文件解压后超过 ${limits.maxTotalBytes / MiB} MB，可能是压缩炸弹`, {
          limit: 'unpackedSize',
        });
      }
      if (/\.(xml|rels)$/i.test(entry.fileName) && entry.uncompressedSize > limits.maxXmlBytes) {
        throw fileTooComplex(
          `文件中的“${entry.fileName}”解压后超过 ${limits.maxXmlBytes / MiB} MB，内容过多`,
          { limit: 'partSize' },
        );
      }
      entries.push(entry);
    }
    for (const entry of entries) {
      if (!entry.fileName.endsWith('/')) await drain(zip, entry);
    }
    return entries.map((e) => e.fileName);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable();
  } finally {
    zip.close();
  }
}
