/**
 * The permission-matrix lines of issue 16's follow-through routes (bulletins to every unit with praise and
 * criticism, 容错纠错), kept apart so that the matrix file stays under the size limit; the matrix spreads them.
 */
import { randomUUID } from 'node:crypto';
import type { Role } from '../../src/domain/roles';

const business: Role[] = ['supervisor', 'leader', 'unit_head', 'unit_operator'];

export const followMatrix: Record<string, { allowed: Role[]; body?: () => unknown }> = {
  // Issue 16: publishing, and the praise and criticism named in a bulletin (drafts are the office's).
  'POST /api/v1/bulletins/:id/publish': { allowed: ['supervisor'] },
  'GET /api/v1/bulletins/:id/remarks': { allowed: business },
  'POST /api/v1/bulletins/:id/remarks': {
    allowed: ['supervisor'],
    body: () => ({ kind: 'criticism', unitId: randomUUID(), text: '矩阵' }),
  },
  'DELETE /api/v1/bulletins/:id/remarks/:remarkId': { allowed: ['supervisor'] },
  // 容错纠错 (issue 16): units file, the office prepares, a district leader rules for the committee.
  'GET /api/v1/tolerance-requests': { allowed: business },
  'POST /api/v1/tolerance-requests': {
    allowed: ['unit_head', 'unit_operator'],
    body: () => ({ targetKind: 'interview', targetId: randomUUID(), circumstances: '情况' }),
  },
  'GET /api/v1/tolerance-requests/:id': { allowed: business },
  'POST /api/v1/tolerance-requests/:id/prepare': {
    allowed: ['supervisor'],
    body: () => ({ opinion: '意见', version: 1 }),
  },
  'POST /api/v1/tolerance-requests/:id/ruling': {
    allowed: ['leader'],
    body: () => ({ decision: 'refused', reasons: '理由', version: 1 }),
  },
};
