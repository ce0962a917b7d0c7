/** The permission matrix's lines for the weekly project meeting (issue 14): leaders read, the office prepares. */
import type { Role } from '../src/domain/roles';

export const meetingRules: Record<string, { allowed: Role[]; body?: () => unknown }> = {
  'GET /api/v1/meetings': { allowed: ['supervisor', 'leader'] },
  'POST /api/v1/meetings': {
    allowed: ['supervisor'],
    body: () => ({ title: '矩阵例会', heldOn: '2026-04-25' }),
  },
  'GET /api/v1/meetings/:id': { allowed: ['supervisor', 'leader'] },
  'PATCH /api/v1/meetings/:id': { allowed: ['supervisor'], body: () => ({ version: 1, title: '改名' }) },
  'GET /api/v1/meetings/:id/agenda': { allowed: ['supervisor', 'leader'] },
  'PUT /api/v1/meetings/:id/agenda': { allowed: ['supervisor'], body: () => ({ version: 1, items: [] }) },
  'POST /api/v1/meetings/:id/agenda/draft': { allowed: ['supervisor'], body: () => ({ version: 1 }) },
  'GET /api/v1/meetings/:id/decisions': { allowed: ['supervisor', 'leader'] },
  'POST /api/v1/meetings/:id/decisions': {
    allowed: ['supervisor'],
    body: () => ({
      content: '议定',
      leadUnitId: '00000000-0000-7000-8000-000000000009',
      dueDate: '2026-05-01',
    }),
  },
  'GET /api/v1/meetings/:id/minutes.docx': { allowed: ['supervisor', 'leader'] },
};
