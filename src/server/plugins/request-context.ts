import type { AppDeps } from '../context';
import { AppError } from '../errors';
import type { App } from '../http';
import { authenticate } from '../modules/auth/authenticate';

export const sessionCookie = 'luoshi_sid';

function languageOf(header: string | undefined): 'zh' | 'en' {
  if (!header) return 'zh';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}

/**
 * Gives every request its context (database, clock, caller, IP, language) and enforces the route's access
 * level before the body is even read: no session → 401; a second factor still owed → 401 MFA_REQUIRED; a password
 * that must be changed → 403; a TOTP that the role requires but is not set up → 403 TOTP_ENROLMENT_REQUIRED.
 */
export function registerRequestContext(app: App, deps: AppDeps): void {
  app.decorateRequest('ctx', undefined as never);
  app.addHook('onRequest', async (request) => {
    request.ctx = {
      ...deps,
      actor: null,
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
      language: languageOf(request.headers['accept-language']),
    };
    const access = request.routeOptions.config?.access ?? 'session';
    // Unknown URLs fall through to the 404 handler; only routes that exist check the session.
    if (!request.url.startsWith('/api/') || access === 'public' || !request.routeOptions.url) return;
    const auth = await authenticate(deps, request.cookies[sessionCookie]);
    if (!auth) throw new AppError('UNAUTHENTICATED');
    request.ctx.actor = auth.actor;
    // The steps of a login, in order: second factor, password change, TOTP enrolment.
    if (auth.mfaPending && access !== 'mfa') throw new AppError('MFA_REQUIRED');
    if (auth.passwordChangeRequired && access !== 'mfa' && access !== 'password-change')
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    if (auth.totpEnrolmentRequired && access === 'session') throw new AppError('TOTP_ENROLMENT_REQUIRED');
  });
}
