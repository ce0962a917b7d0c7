/** Permission-matrix lines of public disclosure and public feedback (issue 17; the matrix spreads them in). */
import type { Rule } from './permission-rules';
import { appealRules } from './permission-rules-appeals';

const caseBody = () => ({
  version: 1,
  title: '群众反映',
  level: 'general',
  requirements: '核实办理',
  deadline: '2026-03-31',
});

export const publicRules: Record<string, Rule> = {
  // :id is another district's decision: the office gets 404.
  'GET /api/v1/decisions/:id/disclosure': { allowed: ['supervisor'] },
  'PUT /api/v1/decisions/:id/disclosure': {
    allowed: ['supervisor'],
    body: () => ({ scope: 'all', version: 0 }),
  },
  // 民生实事 and a bulletin's public version (:id of another district: the office gets 404).
  'PUT /api/v1/tasks/:id/livelihood': { allowed: ['supervisor'], body: () => ({ isLivelihood: true }) },
  'GET /api/v1/bulletins/:id/public': { allowed: ['supervisor'] },
  'PUT /api/v1/bulletins/:id/public': { allowed: ['supervisor'], body: () => ({ isPublic: true }) },
  'GET /api/v1/feedback': { allowed: ['supervisor', 'leader'] },
  'POST /api/v1/feedback/:id/case': { allowed: ['supervisor'], body: caseBody },
  'POST /api/v1/feedback/:id/answer': {
    allowed: ['supervisor'],
    body: () => ({ version: 1, answer: '已办理' }),
  },
  'POST /api/v1/feedback/:id/close': {
    allowed: ['supervisor'],
    body: () => ({ version: 1, reason: '不属于本区' }),
  },
  ...appealRules,
};
