import { draftTasksFrom, maxDraftsPerExtraction, type DraftTask } from '../../domain/drafts';
import { extractDocument, type ExtractedSection, type ExtractResult } from '../../domain/extract/index';
import { fieldError } from '../errors';
import { readUploadedDocument, type DocumentKind } from './document-text';
import { readLedgerXlsx, type ParsedSheet } from './ledger-xlsx';
import { readProjectLedgerXlsx, type ParsedProjectSheet } from './project-ledger-xlsx';

/** The jobs the parse worker runs: everything that unpacks, parses or scans a user's file or text. */
export type ParseTask =
  | { kind: 'document'; bytes: Uint8Array }
  | { kind: 'ledger'; bytes: Uint8Array }
  | { kind: 'projectLedger'; bytes: Uint8Array }
  | { kind: 'extract'; text: string; meetingDate: string; title?: string }
  /** `luoshi extract FILE`: the extractor's whole result, under the same draft cap as an upload. */
  | { kind: 'preview'; text: string; meetingDate: string };

export interface ParseResults {
  document: { kind: DocumentKind; text: string; mediaType: string };
  ledger: ParsedSheet;
  projectLedger: ParsedProjectSheet;
  extract: { sections: ExtractedSection[]; drafts: DraftTask[] };
  preview: ExtractResult;
}

export type ParseResult<K extends ParseTask['kind']> = ParseResults[K];

/** Runs one task (inside the worker; tests may call it directly). */
export async function runParseTask(task: ParseTask): Promise<ParseResults[ParseTask['kind']]> {
  switch (task.kind) {
    case 'document':
      return readUploadedDocument(
        Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength),
      );
    case 'ledger':
      return readLedgerXlsx(Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength));
    case 'projectLedger':
      return readProjectLedgerXlsx(
        Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength),
      );
    case 'extract': {
      const { result, drafts } = cappedExtraction(task.text, task.meetingDate, task.title);
      return { sections: result.sections, drafts };
    }
    case 'preview':
      return cappedExtraction(task.text, task.meetingDate).result;
  }
}

function cappedExtraction(text: string, meetingDate: string, title?: string) {
  const result = extractDocument(text, { meetingDate, ...(title !== undefined ? { title } : {}) });
  const drafts = draftTasksFrom(result, meetingDate);
  if (drafts.length > maxDraftsPerExtraction) {
    throw fieldError(
      'TOO_MANY_DRAFTS',
      'text',
      `识别出 ${drafts.length} 条任务，超过一次最多 ${maxDraftsPerExtraction} 条：请按部分拆分文件后分别上传`,
    );
  }
  return { result, drafts };
}
