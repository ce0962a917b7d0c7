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
  /** Called on 403 TOTP_ENROLMENT_REQUIRED (the district began requiring TOTP for the user's role). */
  onTotpEnrolmentRequired?: () => void;
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
    if (error.status === 403 && error.code === 'TOTP_ENROLMENT_REQUIRED') hooks.onTotpEnrolmentRequired?.();
    if (error.status === 403 && error.code === 'TOTP_ENROLMENT_REQUIRED') hooks.onTotpEnrolmentRequired?.();
    throw error;
  }
  if (body === undefined && text) {
    throw new ApiError(response.status, 'INVALID_RESPONSE', 'The server answered something other than JSON');
  }
  return body as T;
}

/** Parses an XHR/fetch answer body; JSON or nothing. */
function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function reactToError(error: ApiError): ApiError {
  if (error.status === 401 && error.code === 'UNAUTHENTICATED') hooks.onUnauthenticated?.();
  if (error.status === 403 && error.code === 'PASSWORD_CHANGE_REQUIRED') hooks.onPasswordChangeRequired?.();
  return error;
}

/**
 * Sends multipart form data with upload progress (fetch cannot report it, so this uses XHR).
 * `onProgress` gets 0–100 while the bytes go up; the answer is parsed like `request`.
 */
export function upload<T>(path: string, form: FormData, onProgress?: (percent: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_BASE}${path}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    const lang = hooks.language?.();
    if (lang) xhr.setRequestHeader('accept-language', lang);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', 'Network error'));
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as T);
        return;
      }
      // A proxy in front may answer 413 without our JSON body; the UI words that case itself.
      const error =
        xhr.status === 413 && body === undefined
          ? new ApiError(413, 'PAYLOAD_TOO_LARGE', '')
          : parseErrorBody(xhr.status, body, xhr.statusText || `HTTP ${xhr.status}`);
      reject(reactToError(error));
    };
    xhr.send(form);
  });
}

/** Downloads a file answered by GET (an export) and returns it with the server's file name. */
export async function download(path: string, query?: Query): Promise<{ blob: Blob; fileName: string }> {
  const headers: Record<string, string> = {};
  const lang = hooks.language?.();
  if (lang) headers['accept-language'] = lang;
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}${toQueryString(query)}`, {
      headers,
      credentials: 'same-origin',
    });
  } catch (e) {
    throw new ApiError(0, 'NETWORK_ERROR', e instanceof Error ? e.message : 'Network error');
  }
  if (!response.ok) {
    const body = parseJson(await response.text());
    throw reactToError(
      parseErrorBody(response.status, body, response.statusText || `HTTP ${response.status}`),
    );
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="([^"]+)"/i.exec(disposition);
  let fileName = 'download';
  if (star?.[1]) {
    try {
      fileName = decodeURIComponent(star[1]);
    } catch {
      fileName = plain?.[1] ?? fileName;
    }
  } else if (plain?.[1]) fileName = plain[1];
  return { blob: await response.blob(), fileName };
}

/** Hands a downloaded blob to the browser as a file to save. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) =>
    request<T>('GET', path, { query, ...(signal ? { signal } : {}) }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  delete: <T>(path: string, query?: Query) => request<T>('DELETE', path, { query }),
};
