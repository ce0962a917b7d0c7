/** The permission matrix's lines for the blocker routes (issue #14), spread into test/permission-matrix.int.test.ts. */
import { randomUUID } from 'node:crypto';
import type { Role } from '../src/domain/roles';

const business: Role[] = ['supervisor', 'leader', 'unit_head', 'unit_operator'];

// Whoever reads blockers gets past the policy; the blocker's own rules (404, 403, 409) decide the rest.
export const blockerRules: Record<string, { allowed: Role[]; body?: () => unknown }> = {
  'GET /api/v1/blockers': { allowed: business },
  'POST /api/v1/blockers': {
    allowed: ['unit_head', 'unit_operator'],
    body: () => ({ projectId: randomUUID(), kind: '手续', title: '堵点', dueDate: '2020-01-01' }),
  },
  'GET /api/v1/blockers/stats': { allowed: business },
  'GET /api/v1/blockers/export.xlsx': { allowed: business },
  'GET /api/v1/blockers/:id': { allowed: business },
  'POST /api/v1/blockers/:id/escalate': { allowed: business, body: () => ({ reason: '理由', version: 1 }) },
  'POST /api/v1/blockers/:id/resolve': {
    allowed: business,
    body: () => ({ resolution: '已办', version: 1 }),
  },
  'POST /api/v1/blockers/:id/confirm': { allowed: business, body: () => ({ version: 1 }) },
  'POST /api/v1/blockers/:id/reject': { allowed: business, body: () => ({ reason: '未办好', version: 1 }) },
  'POST /api/v1/blockers/:id/close': { allowed: business, body: () => ({ reason: '理由', version: 1 }) },
  'POST /api/v1/blockers/:id/files': { allowed: business },
  'GET /api/v1/blockers/:id/files/:fileId': { allowed: business },
};
