/** Permission-matrix lines of the balancer's health and the operators' metrics (issue 20; the matrix spreads them in). */
import type { Rule } from './permission-rules';

export const systemRules: Record<string, Rule> = {
  'GET /api/v1/health': { allowed: 'public' },
  'GET /api/v1/health/live': { allowed: 'public' },
  'GET /api/v1/health/ready': { allowed: 'public' },
  // Loopback-only without LUOSHI_METRICS_TOKEN (the matrix's requests come from 127.0.0.1, straight).
  'GET /api/v1/metrics': { allowed: 'public' },
};
