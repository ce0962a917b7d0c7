import type { FastifyInstance } from 'fastify';

/**
 * The public pages' plain HTML forms post form-encoded bodies: a parser for them only in the given scope, so
 * that no session route ever accepts one (a cross-site form could send it).
 */
export function acceptPublicForms(scope: FastifyInstance): void {
  scope.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 16_384 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );
}
