/** Permission-matrix lines of 一级抓一级 (issue 15 sub-tasks); test/permission-matrix.int.test.ts spreads them. */
import { randomUUID } from 'node:crypto';
import type { Role } from '../../src/domain/roles';

const business: Role[] = ['supervisor', 'leader', 'unit_head', 'unit_operator'];
const unitPeople: Role[] = ['unit_head', 'unit_operator'];

export const subtaskRules: Record<string, { allowed: Role[]; body?: () => unknown }> = {
  'GET /api/v1/tasks/:id/subtasks': { allowed: business },
  'POST /api/v1/tasks/:id/subtasks': {
    allowed: unitPeople,
    body: () => ({ title: '子任务', sectionId: randomUUID(), dueDate: '2026-06-30' }),
  },
  'GET /api/v1/subtasks/mine': { allowed: unitPeople },
  'PATCH /api/v1/subtasks/:id': { allowed: unitPeople, body: () => ({ version: 1, progress: 10 }) },
  'DELETE /api/v1/subtasks/:id': { allowed: unitPeople },
  'PUT /api/v1/tasks/:id/responsible-user': {
    allowed: unitPeople,
    body: () => ({ userId: null, version: 1 }),
  },
};
