/** Permission-matrix lines of co-units' shares (配合单位分报, issue 15); test/permission-matrix.int.test.ts spreads them. */
import { randomUUID } from 'node:crypto';
import type { Role } from '../../src/domain/roles';

const business: Role[] = ['supervisor', 'leader', 'unit_head', 'unit_operator'];
const unitPeople: Role[] = ['unit_head', 'unit_operator'];

export const shareRules: Record<string, { allowed: Role[]; body?: () => unknown; query?: string }> = {
  'GET /api/v1/tasks/:id/shares': { allowed: business, query: '?period=2024-01' },
  /** The ledger drawer's 落实到单位: co-units' shares of the latest closed period and per-unit target shares. */
  'GET /api/v1/tasks/:id/responsibility': { allowed: business },
  'POST /api/v1/tasks/:id/shares': {
    allowed: unitPeople,
    body: () => ({ period: '2024-01', narrative: '本单位完成情况' }),
  },
  'POST /api/v1/tasks/:id/shares/:shareId/return': {
    allowed: unitPeople,
    body: () => ({ reason: '请补充', version: 1 }),
  },
  'GET /api/v1/tasks/:id/cooperation-ratings': { allowed: business, query: '?year=2024' },
  'PUT /api/v1/tasks/:id/cooperation-ratings': {
    allowed: unitPeople,
    body: () => ({ year: 2024, ratings: [{ coUnitId: randomUUID(), rating: 'good', reason: '配合积极' }] }),
  },
  // Not an :id route: allowed callers get past the policy (200, an empty list for a unit without co-tasks).
  'GET /api/v1/shares/due': { allowed: unitPeople },
};
