/** The permission-matrix lines of per-unit target shares (指标分解到单位, issue 15); the matrix spreads them. */
import type { Role } from '../../src/domain/roles';
import { business, type Rule } from './permission-rules';

const unitPeople: Role[] = ['unit_head', 'unit_operator'];

export const targetShareRules: Record<string, Rule> = {
  'GET /api/v1/target-shares': { allowed: business },
  'GET /api/v1/targets/:id/shares': { allowed: business },
  // The office splits; a lead unit's people propose (the use case then asks whether their unit leads the task).
  'PUT /api/v1/targets/:id/shares': {
    allowed: ['supervisor', ...unitPeople],
    body: () => ({ shares: [], version: 0 }),
  },
  'POST /api/v1/targets/:id/shares/approve': { allowed: ['supervisor'], body: () => ({ version: 1 }) },
  'PATCH /api/v1/target-shares/:id': {
    allowed: unitPeople,
    body: () => ({ currentValue: 1, version: 1 }),
  },
};
