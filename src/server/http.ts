import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RequestContext } from './context';

/** The Fastify instance every module registers its routes on (zod schemas for body, query and response). */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/**
 * Who may reach a route before its policy is asked: `public` (no session), `mfa` (also a session that still
 * owes its second factor: /me, logout, the TOTP check), `password-change` (a session whose password must be
 * changed first), `totp-enrolment` (a session whose role requires TOTP not yet set up), or, by default, any
 * session in good standing.
 */
export type RouteAccess = 'public' | 'mfa' | 'password-change' | 'totp-enrolment' | 'session';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    ctx: RequestContext;
  }
}

export const ZErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

export const ZIdParams = z.strictObject({ id: z.uuid() });

/** Dates leave the API as ISO strings. */
export function iso(date: Date): string;
export function iso(date: Date | null): string | null;
export function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}
