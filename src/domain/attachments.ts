/**
 * Evidence attachments (issue #15): what a file is, by its content and never by its name or declared type, and
 * the name it is kept and downloaded under. Pure byte work, no I/O: the server lists a zip's entry names (after
 * the zip guard has bounded it) and passes them in.
 *
 * Accepted: PDF; JPEG, PNG, WebP photos; Word, Excel and PowerPoint (the zip formats and the legacy OLE ones);
 * OFD (版式文件, the national standard for e-documents, a zip with OFD.xml at its root). Anything else — an
 * executable renamed .pdf, a script, an archive — is refused.
 */
import { sniffPhotoType } from './photos';
import type { AttachmentKind } from './vocabulary';

export interface AttachmentType {
  kind: AttachmentKind;
  mediaType: string;
  /** The extension the stored name gets, whatever the uploaded name said. */
  ext: string;
}

const ooxml: Record<string, AttachmentType> = {
  'word/': {
    kind: 'word',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ext: 'docx',
  },
  'xl/': {
    kind: 'excel',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ext: 'xlsx',
  },
  'ppt/': {
    kind: 'presentation',
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ext: 'pptx',
  },
};

/** Legacy Office files share one container (OLE2); which program wrote it only the name tells. */
const ole: Record<string, AttachmentType> = {
  doc: { kind: 'word', mediaType: 'application/msword', ext: 'doc' },
  xls: { kind: 'excel', mediaType: 'application/vnd.ms-excel', ext: 'xls' },
  ppt: { kind: 'presentation', mediaType: 'application/vnd.ms-powerpoint', ext: 'ppt' },
  wps: { kind: 'word', mediaType: 'application/msword', ext: 'doc' },
  et: { kind: 'excel', mediaType: 'application/vnd.ms-excel', ext: 'xls' },
};

const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** Whether the bytes are a zip archive (its local header signature): the caller lists its entries then. */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
}

function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(fileName.trim());
  return m ? (m[1] ?? '').toLowerCase() : '';
}

/**
 * The attachment's type, or null if it is not one Luoshi keeps. `zipEntries` are the names in a zip's central
 * directory (needed only when `isZip(bytes)`).
 */
export function sniffAttachment(
  bytes: Uint8Array,
  fileName: string,
  zipEntries: readonly string[] = [],
): AttachmentType | null {
  // "%PDF-" may follow a few bytes of junk; readers accept it within the first 1024 bytes.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return { kind: 'pdf', mediaType: 'application/pdf', ext: 'pdf' };
  const photo = sniffPhotoType(bytes);
  if (photo) {
    return { kind: 'image', mediaType: photo, ext: photo === 'image/jpeg' ? 'jpg' : photo.slice(6) };
  }
  if (isZip(bytes)) {
    if (zipEntries.includes('OFD.xml')) return { kind: 'ofd', mediaType: 'application/ofd', ext: 'ofd' };
    if (!zipEntries.includes('[Content_Types].xml')) return null;
    for (const [prefix, type] of Object.entries(ooxml)) {
      if (zipEntries.some((e) => e.startsWith(prefix))) return type;
    }
    return null;
  }
  if (startsWith(bytes, oleMagic)) return ole[extensionOf(fileName)] ?? ole.doc ?? null;
  return null;
}

const nameLimit = 120;

/**
 * The name a file is kept and offered under: no directories (either slash), no control or quote characters,
 * at most 120 characters, and the extension of what the file really is. Empty names become 附件.
 */
export function safeAttachmentName(uploaded: string, ext: string): string {
  const base = uploaded.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((c) => c >= ' ' && c !== '\u007f' && !'"<>|:*?'.includes(c))
    .join('')
    .trim()
    .replace(/^\.+/, '');
  const stem = cleaned.replace(/\.[A-Za-z0-9]{1,8}$/, '').trim() || '附件';
  const suffix = `.${ext}`;
  return [...stem].slice(0, nameLimit - suffix.length).join('') + suffix;
}

/** Whether a browser may show the file inline (a photo or a PDF); everything else is downloaded. */
export function showsInline(kind: AttachmentKind): boolean {
  return kind === 'image' || kind === 'pdf';
}
