/**
 * A small pool of worker threads that parse uploads and run the extractor, so that a large or hostile file
 * never blocks the event loop that answers every district's requests. Each worker has a heap limit
 * (resourceLimits) and each task a time limit; a worker that runs out of either is terminated and replaced,
 * and the request gets a clean 422 (FILE_TOO_COMPLEX) instead of a dead or frozen server.
 */
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../errors';
import { defaultParseLimits, type ParseLimits } from './parse-limits';
import type { ParseResult, ParseTask } from './parse-tasks';
import type { ParseReply, ParseRequest } from './parse-worker';

interface Job {
  id: number;
  task: ParseTask;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  idleTimer: NodeJS.Timeout | null;
}

const workerUrl = new URL('./parse-worker.mjs', import.meta.url);
/** An idle worker is ended after this long, giving its memory back. */
const idleMs = 60_000;

function tooComplex(reason: 'memory' | 'time', limits: ParseLimits): AppError {
  const message =
    reason === 'memory'
      ? `文件解析所需内存超过上限（${limits.memoryMb} MB），请精简或拆分文件`
      : `文件解析超过 ${Math.round(limits.timeoutMs / 1000)} 秒仍未完成，请精简或拆分文件`;
  return new AppError('FILE_TOO_COMPLEX', {
    details: { fields: [{ path: 'file', message }], limit: reason },
  });
}

export class ParsePool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 1;

  constructor(readonly limits: ParseLimits) {}

  /** Runs a task in a worker; rejects with the task's own AppError, or FILE_TOO_COMPLEX / PARSER_BUSY. */
  run<K extends ParseTask['kind']>(task: ParseTask & { kind: K }): Promise<ParseResult<K>> {
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.nextId++, task, resolve: resolve as (value: unknown) => void, reject };
      const idle = [...this.slots].find((s) => s.job === null);
      if (idle) return this.start(idle, job);
      if (this.slots.size < this.limits.workers) return this.start(this.spawn(), job);
      if (this.queue.length >= this.limits.maxQueue) return reject(new AppError('PARSER_BUSY'));
      this.queue.push(job);
    });
  }

  /** Ends every worker (tests, shutdown); queued tasks are refused. */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new AppError('PARSER_BUSY'));
    await Promise.all([...this.slots].map((s) => this.retire(s)));
  }

  private spawn(): Slot {
    const worker = new Worker(workerUrl, {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb, maxYoungGenerationSizeMb: 32 },
      // Its console output is the server's; no stdin.
      stdin: false,
    });
    worker.unref();
    const slot: Slot = { worker, job: null, timer: null, idleTimer: null };
    this.slots.add(slot);
    worker.on('message', (reply: ParseReply) => {
      const job = slot.job;
      if (!job || reply.id !== job.id) return;
      this.finish(slot);
      if (reply.ok) job.resolve(reply.value);
      else if (reply.appError) {
        const { code, message, details } = reply.appError;
        job.reject(
          new AppError(code as ErrorCode, {
            ...(message !== undefined ? { message } : {}),
            ...(details ? { details } : {}),
          }),
        );
      } else job.reject(new Error(`parse worker: ${reply.message}`));
      this.next(slot);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const job = slot.job;
      void this.retire(slot);
      job?.reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooComplex('memory', this.limits) : error);
      this.pump();
    });
    worker.on('exit', () => {
      // An exit without 'error' (terminated on time-out, or idle): the slot is gone either way.
      if (this.slots.has(slot)) {
        this.slots.delete(slot);
        slot.job?.reject(new Error('parse worker exited'));
        this.pump();
      }
    });
    return slot;
  }

  private start(slot: Slot, job: Job): void {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    slot.job = job;
    slot.timer = setTimeout(() => {
      void this.retire(slot);
      job.reject(tooComplex('time', this.limits));
      this.pump();
    }, this.limits.timeoutMs);
    slot.worker.ref();
    const request: ParseRequest = { id: job.id, task: job.task };
    slot.worker.postMessage(request);
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.unref();
  }

  private next(slot: Slot): void {
    const job = this.queue.shift();
    if (job) return this.start(slot, job);
    slot.idleTimer = setTimeout(() => void this.retire(slot), idleMs);
    slot.idleTimer.unref();
  }

  /** Queued work after a worker died: a fresh worker takes it. */
  private pump(): void {
    while (this.queue.length > 0 && this.slots.size < this.limits.workers) {
      const job = this.queue.shift() as Job;
      this.start(this.spawn(), job);
    }
  }

  private async retire(slot: Slot): Promise<void> {
    if (!this.slots.delete(slot)) return;
    if (slot.timer) clearTimeout(slot.timer);
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.job = null;
    await slot.worker.terminate().catch(() => undefined);
  }
}

const pools = new Map<string, ParsePool>();

/** The process's pool for these limits (one per distinct limits: the server has one; tests may set tighter ones). */
export function parsePool(limits: ParseLimits = defaultParseLimits): ParsePool {
  const key = JSON.stringify(limits);
  let pool = pools.get(key);
  if (!pool) {
    pool = new ParsePool(limits);
    pools.set(key, pool);
  }
  return pool;
}
