/**
 * The permission matrix's vocabulary (who is allowed what) and the lines of the areas added after the matrix
 * file reached its size limit (test/permission-matrix.int.test.ts spreads `moreRules` into its table).
 */
import type { Role } from '../../src/domain/roles';
import { roles } from '../../src/domain/roles';
import { robotRules } from './permission-rules-robots';
import { surveyRules } from './permission-rules-surveys';

export const everyone: Role[] = [...roles];
export const business: Role[] = ['supervisor', 'leader', 'unit_head', 'unit_operator'];

export interface Rule {
  /** Roles that get past the policy; the rest get 403 (anonymous 401 unless public). */
  allowed: Role[] | 'public';
  body?: () => unknown;
  query?: string;
  /** The status an allowed caller gets (the body names another district's objects). */
  allowedStatus?: number | readonly number[];
}

export const moreRules: Record<string, Rule> = {
  ...surveyRules,
  'POST /api/v1/attachments': { allowed: business },
  'GET /api/v1/attachments': {
    allowed: business,
    query: '?ownerKind=task&ownerId=01900000-0000-7000-8000-000000000000',
  },
  'GET /api/v1/attachments/:id': { allowed: business },
  'GET /api/v1/attachments/:id/thumbnail': { allowed: business },
  'DELETE /api/v1/attachments/:id': { allowed: business },
  'GET /api/v1/tasks/:id/acceptance': { allowed: business },
  'POST /api/v1/tasks/:id/acceptance': { allowed: business, body: () => ({ summary: '完成' }) },
  'POST /api/v1/tasks/:id/acceptance/decision': {
    allowed: business,
    body: () => ({ outcome: 'accepted', version: 1 }),
  },
  ...robotRules,
};
