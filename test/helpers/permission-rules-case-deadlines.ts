/** Permission-matrix lines of 督办事项时限 (issue 16; test/permission-matrix.int.test.ts spreads them in). */
import type { Role } from '../../src/domain/roles';

const business: Role[] = ['supervisor', 'leader', 'unit_head', 'unit_operator'];

export const caseDeadlineRules: Record<string, { allowed: Role[]; body?: () => unknown }> = {
  // Everyone who reads tasks; a unit sees only the instructions on its own tasks.
  'GET /api/v1/instructions': { allowed: business },
};
