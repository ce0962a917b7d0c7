/** Permission-matrix lines of 联审联批 (test/permission-matrix.int.test.ts spreads them into its matrix). */
import { randomUUID } from 'node:crypto';
import type { Role } from '../../src/domain/roles';

const business: Role[] = ['supervisor', 'leader', 'unit_head', 'unit_operator'];

export const jointReviewRules: Record<string, { allowed: Role[]; body?: () => unknown }> = {
  'GET /api/v1/joint-reviews': { allowed: business },
  // The body names another district's project and unit: the office gets past the policy to a 422.
  'POST /api/v1/joint-reviews': {
    allowed: ['supervisor'],
    body: () => ({
      projectId: randomUUID(),
      title: '联审',
      deadline: '2099-01-01',
      departments: [{ unitId: randomUUID() }],
    }),
  },
  'GET /api/v1/joint-reviews/:id': { allowed: business },
  'POST /api/v1/joint-reviews/:id/items/:itemId/answer': {
    allowed: ['unit_head', 'unit_operator'],
    body: () => ({ status: 'approved', version: 1 }),
  },
};
