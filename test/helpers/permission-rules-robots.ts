/** Permission-matrix lines of the group robots (群机器人, issue 21; the matrix spreads them in). */
import type { Rule } from './permission-rules';

export const robotRules: Record<string, Rule> = {
  // The office and the administrator; :id is another district's robot, so they get 404 there.
  'GET /api/v1/robots': { allowed: ['admin', 'supervisor'] },
  'POST /api/v1/robots': {
    allowed: ['admin', 'supervisor'],
    body: () => ({
      kind: 'wecom',
      name: '权限矩阵',
      unitId: null,
      address: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=matrix',
      enabled: false,
    }),
  },
  'PATCH /api/v1/robots/:id': {
    allowed: ['admin', 'supervisor'],
    body: () => ({ version: 1, name: '改名' }),
  },
  'POST /api/v1/robots/:id/test': { allowed: ['admin', 'supervisor'] },
};
