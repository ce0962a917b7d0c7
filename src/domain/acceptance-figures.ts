/**
 * Acceptance (验收) in figures, for the bulletin's 验收情况 and the quarterly analysis: over a span of days, how
 * many completion requests were made, how each decided one ended (accepted, accepted with remarks, returned),
 * the average calendar days from request to acceptance, and the requests still waiting at the span's end with
 * the days they have waited. Dates are Shanghai calendar days (YYYY-MM-DD). Pure.
 */
import type { AcceptanceOutcome } from './vocabulary';
import type { RequestStatus } from './workflow';

export interface CompletionRequestFacts {
  taskId: string;
  unitId: string | null;
  status: RequestStatus;
  acceptance: AcceptanceOutcome | null;
  requestedOn: string;
  decidedOn: string | null;
}

export interface AcceptanceFigures {
  requested: number;
  accepted: number;
  acceptedWithRemarks: number;
  returned: number;
  /** Mean calendar days from request to acceptance (with or without remarks), one decimal; null when none. */
  averageDaysToAccept: number | null;
  /** Requests made by the span's end and not decided by then, longest waiting first. */
  waiting: Array<{ taskId: string; unitId: string | null; requestedOn: string; daysWaited: number }>;
}

const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

/** How a decided request ended: its recorded outcome, or what a plain approve / reject amounts to. */
export function outcomeOfRequest(
  r: Pick<CompletionRequestFacts, 'status' | 'acceptance'>,
): AcceptanceOutcome | null {
  if (r.status === 'pending') return null;
  return r.acceptance ?? (r.status === 'approved' ? 'accepted' : 'returned');
}

/** The figures of the requests over [from, to]: made in it, decided in it, waiting at its end. */
export function acceptanceFigures(
  requests: readonly CompletionRequestFacts[],
  from: string,
  to: string,
): AcceptanceFigures {
  const within = (d: string | null) => d !== null && d >= from && d <= to;
  const decided = requests.filter((r) => within(r.decidedOn));
  const count = (o: AcceptanceOutcome) => decided.filter((r) => outcomeOfRequest(r) === o).length;
  const accepted = decided.filter((r) => outcomeOfRequest(r) !== 'returned');
  const days = accepted.map((r) => dayNumber(r.decidedOn as string) - dayNumber(r.requestedOn));
  return {
    requested: requests.filter((r) => within(r.requestedOn)).length,
    accepted: count('accepted'),
    acceptedWithRemarks: count('accepted_with_remarks'),
    returned: count('returned'),
    averageDaysToAccept:
      days.length === 0 ? null : Math.round((days.reduce((s, d) => s + d, 0) * 10) / days.length) / 10,
    waiting: requests
      .filter((r) => r.requestedOn <= to && (r.decidedOn === null || r.decidedOn > to))
      .map((r) => ({
        taskId: r.taskId,
        unitId: r.unitId,
        requestedOn: r.requestedOn,
        daysWaited: dayNumber(to) - dayNumber(r.requestedOn),
      }))
      .sort((a, b) => b.daysWaited - a.daysWaited || a.taskId.localeCompare(b.taskId)),
  };
}
