/**
 * The parse worker's side: runs parse tasks (parse-tasks.ts) off the server's event loop, under the memory
 * and time limits the pool (parse-pool.ts) gives it. Errors travel back as their code, details and message.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors';
import { runParseTask, type ParseTask } from './parse-tasks';

export interface ParseRequest {
  id: number;
  task: ParseTask;
}

export type ParseReply =
  | { id: number; ok: true; value: unknown }
  | {
      id: number;
      ok: false;
      appError?: { code: AppError['code']; message?: string; details?: Record<string, unknown> };
      message: string;
    };

parentPort?.on('message', (request: ParseRequest) => {
  void runParseTask(request.task).then(
    (value) => parentPort?.postMessage({ id: request.id, ok: true, value } satisfies ParseReply),
    (error: unknown) => {
      const reply: ParseReply =
        error instanceof AppError
          ? {
              id: request.id,
              ok: false,
              message: error.message,
              appError: {
                code: error.code,
                ...(error.hasCustomMessage ? { message: error.message } : {}),
                ...(error.details ? { details: error.details } : {}),
              },
            }
          : {
              id: request.id,
              ok: false,
              message: error instanceof Error ? (error.stack ?? error.message) : String(error),
            };
      parentPort?.postMessage(reply);
    },
  );
});
