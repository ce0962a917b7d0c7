/**
 * The blockers section of the bulletin and the quarterly analysis (堵点 issue #14), over a period [from, to]:
 * opened (raised in it), cleared (the raising unit confirmed the resolution in it), the average days from
 * raising to confirmation of those cleared, closed without resolution, still open at `to`, and the oldest
 * still open. Dates are whole days (YYYY-MM-DD, Asia/Shanghai); pure.
 */
import { daysBetween } from './blockers';
import type { BlockerLevel } from './vocabulary';

export interface BlockerSummaryFacts {
  title: string;
  subjectName: string;
  ownerUnitName: string;
  level: BlockerLevel;
  raisedOn: string;
  confirmedOn: string | null;
  closedOn: string | null;
}

export interface BlockerSummary {
  opened: number;
  cleared: number;
  /** Days from raising to confirmation, averaged over those cleared in the period, one decimal; null if none. */
  avgDaysToClear: number | null;
  closed: number;
  stillOpen: number;
  /** The oldest still open at `to`, oldest first (at most `limit`). */
  oldestOpen: Array<{
    title: string;
    subjectName: string;
    ownerUnitName: string;
    level: BlockerLevel;
    raisedOn: string;
    ageDays: number;
  }>;
}

const inPeriod = (day: string | null, from: string, to: string) => day !== null && day >= from && day <= to;

export function summarizeBlockers(
  rows: readonly BlockerSummaryFacts[],
  from: string,
  to: string,
  limit = 5,
): BlockerSummary {
  const cleared = rows.filter((b) => inPeriod(b.confirmedOn, from, to));
  const open = rows.filter(
    (b) =>
      b.raisedOn <= to &&
      (b.confirmedOn === null || b.confirmedOn > to) &&
      (b.closedOn === null || b.closedOn > to),
  );
  const days = cleared.map((b) => daysBetween(b.raisedOn, b.confirmedOn as string));
  return {
    opened: rows.filter((b) => inPeriod(b.raisedOn, from, to)).length,
    cleared: cleared.length,
    avgDaysToClear: days.length
      ? Math.round((days.reduce((s, d) => s + d, 0) * 10) / days.length) / 10
      : null,
    closed: rows.filter((b) => inPeriod(b.closedOn, from, to)).length,
    stillOpen: open.length,
    oldestOpen: [...open]
      .sort((a, b) => (a.raisedOn < b.raisedOn ? -1 : a.raisedOn > b.raisedOn ? 1 : 0))
      .slice(0, limit)
      .map((b) => ({
        title: b.title,
        subjectName: b.subjectName,
        ownerUnitName: b.ownerUnitName,
        level: b.level,
        raisedOn: b.raisedOn,
        ageDays: daysBetween(b.raisedOn, to),
      })),
  };
}
