import { describe, expect, it } from 'vitest';
import { acceptanceFigures, type CompletionRequestFacts } from './acceptance-figures';

const req = (over: Partial<CompletionRequestFacts>): CompletionRequestFacts => ({
  taskId: 't',
  unitId: 'u',
  status: 'pending',
  acceptance: null,
  requestedOn: '2026-03-02',
  decidedOn: null,
  ...over,
});

describe('acceptance figures', () => {
  it('counts requests made, outcomes decided, days to accept and who still waits in the span', () => {
    const figures = acceptanceFigures(
      [
        req({
          taskId: 'a',
          status: 'approved',
          acceptance: 'accepted',
          requestedOn: '2026-03-02',
          decidedOn: '2026-03-06',
        }),
        req({
          taskId: 'b',
          status: 'approved',
          acceptance: 'accepted_with_remarks',
          requestedOn: '2026-02-25',
          decidedOn: '2026-03-10',
        }),
        req({
          taskId: 'c',
          status: 'rejected',
          acceptance: 'returned',
          requestedOn: '2026-03-03',
          decidedOn: '2026-03-05',
        }),
        // A plain approval before outcomes were recorded counts as accepted.
        req({ taskId: 'd', status: 'approved', requestedOn: '2026-03-20', decidedOn: '2026-03-21' }),
        req({ taskId: 'e', requestedOn: '2026-03-11' }),
        // Decided after the span: still waiting at its end.
        req({
          taskId: 'f',
          status: 'approved',
          acceptance: 'accepted',
          requestedOn: '2026-03-25',
          decidedOn: '2026-04-02',
        }),
        req({
          taskId: 'g',
          status: 'approved',
          acceptance: 'accepted',
          requestedOn: '2026-01-05',
          decidedOn: '2026-01-09',
        }),
      ],
      '2026-03-01',
      '2026-03-31',
    );
    expect(figures).toEqual({
      requested: 5,
      accepted: 2,
      acceptedWithRemarks: 1,
      returned: 1,
      // a 4 days, b 13, d 1: 18 / 3 = 6.
      averageDaysToAccept: 6,
      waiting: [
        { taskId: 'e', unitId: 'u', requestedOn: '2026-03-11', daysWaited: 20 },
        { taskId: 'f', unitId: 'u', requestedOn: '2026-03-25', daysWaited: 6 },
      ],
    });
    expect(acceptanceFigures([], '2026-03-01', '2026-03-31').averageDaysToAccept).toBeNull();
  });
});
