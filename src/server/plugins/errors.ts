import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { InvalidTransitionError } from '../../domain/workflow';
import { AppError, errorTable, type ErrorCode } from '../errors';
import type { App } from '../http';

interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

function languageOf(request: FastifyRequest): 'zh' | 'en' {
  return request.ctx?.language ?? 'zh';
}

function body(
  code: ErrorCode,
  language: 'zh' | 'en',
  details?: Record<string, unknown>,
  message?: string,
): ErrorBody {
  return { error: { code, message: message ?? errorTable[code][language], ...(details ? { details } : {}) } };
}

/** The driver's SQLSTATE, on the error or on the cause Drizzle wraps it in. */
function sqlState(error: unknown): string {
  const e = error as { code?: unknown; cause?: { code?: unknown } };
  const code = typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : e.cause?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * The column of a foreign-key violation as an API field (parent_id → parentId), from the driver's detail
 * "Key (parent_id)=(…) is not present in table …"; null when the row is still referenced (a delete).
 */
function foreignKeyColumn(error: unknown): string | null {
  const e = error as { detail?: unknown; cause?: { detail?: unknown } };
  const detail =
    typeof e.detail === 'string' ? e.detail : typeof e.cause?.detail === 'string' ? e.cause.detail : '';
  if (/still referenced/.test(detail)) return null;
  const column = /^Key \(([a-z_]+)\)=/.exec(detail)?.[1] ?? '';
  return column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

/** Fastify's own error codes for bad requests, mapped to ours. */
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_RATE_LIMIT_EXCEEDED: 'RATE_LIMITED',
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_PARTS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_FILES_LIMIT: 'VALIDATION_FAILED',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

/**
 * One error shape for everything: {"error":{"code","message","details?"}}. Validation failures are 422
 * with the offending fields; 5xx answers are generic and never carry a stack trace.
 */
export function registerErrorHandling(app: App): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const language = languageOf(request);
    if (error instanceof AppError) {
      if (error.status >= 500) request.log.error({ err: error }, 'application error');
      return reply
        .status(error.status)
        .send(body(error.code, language, error.details, error.hasCustomMessage ? error.message : undefined));
    }
    if (error instanceof InvalidTransitionError) {
      return reply.status(409).send(
        body('INVALID_TRANSITION', language, {
          machine: error.machine,
          from: error.from,
          action: error.action,
        }),
      );
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.flatMap((issue) => {
        const path = issue.instancePath.split('/').filter(Boolean);
        // Unknown fields are reported by their own names.
        const keys =
          issue.keyword === 'unrecognized_keys' ? ((issue.params as { keys?: string[] }).keys ?? []) : [];
        return keys.length > 0
          ? keys.map((k) => ({ path: [...path, k].join('.'), message: issue.message }))
          : [{ path: path.join('.') || (error.validationContext ?? ''), message: issue.message }];
      });
      return reply
        .status(422)
        .send(body('VALIDATION_FAILED', language, { in: error.validationContext, fields }));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
      return reply.status(500).send(body('INTERNAL', language));
    }
    const mapped = error.code ? fastifyCodes[error.code] : undefined;
    if (error.statusCode === 429) return reply.status(429).send(body('RATE_LIMITED', language));
    if (mapped) return reply.status(errorTable[mapped].status).send(body(mapped, language));
    if (error instanceof SyntaxError || (error.statusCode === 400 && /JSON/i.test(error.message))) {
      return reply.status(400).send(body('MALFORMED_JSON', language));
    }
    // Drizzle wraps the driver's error ("Failed query …"), so the SQLSTATE may sit on its cause.
    if (sqlState(error) === '23505') {
      return reply.status(409).send(body('DUPLICATE', language));
    }
    // A foreign-key violation is a body naming a row that is not there (use cases check their links first;
    // this is the safety net): 422 naming the column, or 409 when a row still in use was to be deleted.
    if (sqlState(error) === '23503') {
      request.log.warn({ err: error }, 'foreign key refused by the database');
      const column = foreignKeyColumn(error);
      if (column === null) return reply.status(409).send(body('INVALID_TRANSITION', language));
      return reply.status(422).send(
        body('VALIDATION_FAILED', language, {
          fields: [{ path: column, message: errorTable.VALIDATION_FAILED[language] }],
        }),
      );
    }
    // SQLSTATE class 22 (data exception: a NUL byte in text, a number or date out of range) is bad input
    // that got past validation: the transaction rolled back, so answer 422 rather than 500.
    if (/^22/.test(sqlState(error))) {
      request.log.warn({ err: error }, 'input refused by the database');
      return reply.status(422).send(body('VALIDATION_FAILED', language));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(body('BAD_REQUEST', language));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('INTERNAL', language));
  });
}

export function apiNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply.status(404).send(body('NOT_FOUND', languageOf(request)));
}

/**
 * Errors Fastify raises before routing (a URL with a broken percent-escape such as /api/v1/tasks/%): the
 * same error shape as everything else instead of Fastify's own. Passed to Fastify as `frameworkErrors`.
 */
export function frameworkError(_error: Error, request: FastifyRequest, reply: FastifyReply): void {
  void reply.status(400).send(body('BAD_REQUEST', languageOf(request)));
}
