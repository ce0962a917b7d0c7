export interface ParseLimits {
  /** Worker threads at most (the machine's cores are shared with the database). */
  workers: number;
  /** Old-generation heap of one worker, in MiB. */
  memoryMb: number;
  /** Time one task may take, in milliseconds. */
  timeoutMs: number;
  /** Tasks that may wait for a worker; beyond that the request answers 503 at once. */
  maxQueue: number;
}

/** Two workers of 384 MiB each: a hostile file costs at most that, legal documents need far less. */
export const defaultParseLimits: ParseLimits = { workers: 2, memoryMb: 384, timeoutMs: 30_000, maxQueue: 8 };

/** One uploaded file (multipart limit), and what `luoshi extract` reads from disk. */
export const maxUploadBytes = 20 * 1024 * 1024;
/** The text of one decision, in characters (the API refuses longer, and so does `luoshi extract`). */
export const maxDocumentChars = 2_000_000;
