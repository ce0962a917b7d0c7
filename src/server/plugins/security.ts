import helmet from '@fastify/helmet';
import { AppError } from '../errors';
import type { App } from '../http';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Security headers (CSP, nosniff, frame-ancestors 'none'), and the two rules that keep a cross-site page from
 * acting for a logged-in user: state-changing requests carry JSON (or multipart for uploads), which an HTML
 * form cannot send without CORS, and a browser's Origin, when sent, must be this server.
 */
export async function registerSecurity(app: App): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design writes its styles at run time (CSS-in-JS).
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // Intranet deployments often serve plain HTTP on a LAN address; upgrading would break them.
        upgradeInsecureRequests: null,
      },
    },
    // Served over plain HTTP on loopback by default; HSTS belongs to the TLS proxy in production.
    strictTransportSecurity: false,
  });
  // Fastify parses text/plain by default; a cross-site form can send it, so it is not accepted.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (request) => {
    if (!stateChanging.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin === undefined) return;
    if (!isSameOrigin(origin, `${request.protocol}://${request.host}`)) throw new AppError('CROSS_ORIGIN');
  });
}

/**
 * Whether a browser's Origin header names this server: scheme, host and port all equal (http://x and
 * https://x, or x:3000 and x:3001, are different sites). `null` (a sandboxed or file page) never is.
 */
export function isSameOrigin(origin: string, self: string): boolean {
  if (origin === 'null') return false;
  try {
    return new URL(origin).origin === new URL(self).origin;
  } catch {
    return false;
  }
}
