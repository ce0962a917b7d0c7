import type { FormInstance } from 'antd';
import { isApiError } from '../../api/client';
import type { Translate } from '../../i18n/i18n';

/** A message fit to show a clerk for any error thrown by the API client. */
export function errorMessage(t: Translate, e: unknown): string {
  if (isApiError(e)) {
    if (e.status === 0) return t('error.network');
    if (e.status === 403 && e.code === 'FORBIDDEN') return t('error.forbidden');
    if (e.status === 404) return t('error.notFound');
    if (e.status === 422 && e.fieldErrors.length > 0) return t('error.validation');
    if (e.message) return e.message;
    return t('error.generic', { message: e.code });
  }
  if (e instanceof Error) return t('error.generic', { message: e.message });
  return t('error.generic', { message: String(e) });
}

/**
 * Puts a server error beside the form fields it names: 422 `details.fields[].path` (dot-joined),
 * or `details.field` with `overrides[code]` as the message. Returns true if any field got a message;
 * the typed values stay in the form either way.
 */
export function applyServerErrors(
  form: FormInstance,
  e: unknown,
  overrides: Record<string, string> = {},
  knownFields?: readonly string[],
): boolean {
  if (!isApiError(e)) return false;
  const isKnown = (path: string) => !knownFields || knownFields.includes(path.split('.')[0] ?? path);
  const fieldErrors = e.fieldErrors.filter((f) => isKnown(f.path));
  if (fieldErrors.length > 0) {
    const byPath = new Map<string, string[]>();
    for (const f of fieldErrors) byPath.set(f.path, [...(byPath.get(f.path) ?? []), f.message]);
    form.setFields(
      [...byPath].map(([path, errors]) => ({
        name: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
        errors,
      })),
    );
    return true;
  }
  const field = e.field;
  if (field && isKnown(field)) {
    form.setFields([{ name: field.split('.'), errors: [overrides[e.code] ?? e.message] }]);
    return true;
  }
  return false;
}
