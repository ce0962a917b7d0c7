/** Small typed fetch client for `/api/v1`: JSON only, same-origin cookies, errors as `ApiError`. */

import type { FieldErrorDetail } from './types';

export const API_BASE = '/api/v1';

/** An error answered by the server (`{error:{code,message,details}}`) or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, unknown>;

  constructor(status: number, code: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The 422 field errors (`details.fields`), if any. */
  get fieldErrors(): FieldErrorDetail[] {
    const fields = this.details['fields'];
    if (!Array.isArray(fields)) return [];
    return fields.filter(
      (f): f is FieldErrorDetail =>
        typeof f === 'object' &&
        f !== null &&
        typeof (f as Record<string, unknown>)['path'] === 'string' &&
        typeof (f as Record<string, unknown>)['message'] === 'string',
    );
  }

  /** `details.field` as several codes (DUPLICATE, ROLE_CONFLICT) name the offending field. */
  get field(): string | undefined {
    const field = this.details['field'];
    return typeof field === 'string' ? field : undefined;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

interface ClientHooks {
  /** Called on any 401 UNAUTHENTICATED (session gone). */
  onUnauthenticated?: () => void;
  /** Called on 403 PASSWORD_CHANGE_REQUIRED. */
  onPasswordChangeRequired?: () => void;
  /** Language sent as Accept-Language so server messages come in the user's language. */
  language?: () => string;
}

const hooks: ClientHooks = {};

/** Installs the session-wide reactions to 401/403 and the language getter. */
export function configureApiClient(next: ClientHooks): void {
  Object.assign(hooks, next);
}

export type Query = Record<string, string | number | boolean | null | undefined>;

/** Builds `?a=1&b=2`, leaving out empty values. */
export function toQueryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

function parseErrorBody(status: number, body: unknown, fallback: string): ApiError {
  if (typeof body === 'object' && body !== null) {
    const error = (body as Record<string, unknown>)['error'];
    if (typeof error === 'object' && error !== null) {
      const e = error as Record<string, unknown>;
      const details = typeof e['details'] === 'object' && e['details'] !== null ? e['details'] : {};
      return new ApiError(
        status,
        typeof e['code'] === 'string' ? e['code'] : 'HTTP_ERROR',
        typeof e['message'] === 'string' ? e['message'] : fallback,
        details as Record<string, unknown>,
      );
    }
  }
  return new ApiError(status, 'HTTP_ERROR', fallback);
}

/** Sends one request and returns the parsed JSON (undefined for 204). */
export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const lang = hooks.language?.();
  if (lang) headers['accept-language'] = lang;
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (options.signal) init.signal = options.signal;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}${toQueryString(options.query)}`, init);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK_ERROR', e instanceof Error ? e.message : 'Network error');
  }

  if (response.status === 204) return undefined as T;

  const text = await response.text();
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }

  if (!response.ok) {
    const error = parseErrorBody(response.status, body, response.statusText || `HTTP ${response.status}`);
    if (error.status === 401 && error.code === 'UNAUTHENTICATED') hooks.onUnauthenticated?.();
    if (error.status === 403 && error.code === 'PASSWORD_CHANGE_REQUIRED') hooks.onPasswordChangeRequired?.();
    throw error;
  }
  if (body === undefined && text) {
    throw new ApiError(response.status, 'INVALID_RESPONSE', 'The server answered something other than JSON');
  }
  return body as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) =>
    request<T>('GET', path, { query, ...(signal ? { signal } : {}) }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
};
