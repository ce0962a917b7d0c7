/** Permission-matrix lines of results published with appeals (公示与申诉, issue 17; the matrix spreads them in). */
import { business, type Rule } from './permission-rules';

export const appealRules: Record<string, Rule> = {
  // A unit's breakdown with its evidence (issue 20): another district's unit is never found.
  'GET /api/v1/assessment/results/units/:id': { allowed: business, query: '?year=2024' },
  'GET /api/v1/assessment/results/:year/publication': { allowed: business },
  // In a full run the matrix's finalize line (registered earlier) has finalized 2023 and the office publishes
  // them; run alone, 2023 is not finalized and the office gets past the policy to 422 NOT_FINALIZED.
  'POST /api/v1/assessment/results/:year/publication': {
    allowed: ['supervisor'],
    body: () => ({ isPublic: false }),
  },
  // … and changes the publication it made (200), or, run alone, finds none to change (404).
  'PATCH /api/v1/assessment/results/:year/publication': {
    allowed: ['supervisor'],
    body: () => ({ isPublic: true, version: 1 }),
    allowedStatus: [200, 404],
  },
  'GET /api/v1/assessment/appeals': { allowed: business, query: '?year=2023' },
  // No window is open in 2023: a unit's people get past the policy to 422 APPEAL_WINDOW_CLOSED.
  'POST /api/v1/assessment/appeals': {
    allowed: ['unit_head', 'unit_operator'],
    body: () => ({ year: 2023, targetKind: 'component', targetKey: 'satisfaction', reasons: '理由' }),
  },
  'POST /api/v1/assessment/appeals/:id/ruling': {
    allowed: ['supervisor'],
    body: () => ({ decision: 'rejected', reasons: '理由', version: 1 }),
  },
};
