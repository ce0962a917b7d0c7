import type { Executor } from '../../db/client';
import type { BulletinCaseDeadlines } from '../../documents/bulletin-case-deadlines-docx';
import { loadDeadlineRule } from '../case-deadlines/load-deadline-rule';
import { summarizeCaseDeadlines } from '../case-deadlines/summarize-case-deadlines';

/**
 * 督办事项办理情况 of a bulletin, as of its day (the month's last): the same counts as the cockpit's, every
 * overdue item named with its units.
 */
export async function computeBulletinCaseDeadlines(
  tx: Executor,
  tenantId: string,
  asOf: string,
): Promise<BulletinCaseDeadlines> {
  const summary = await summarizeCaseDeadlines(tx, await loadDeadlineRule(tx, tenantId, asOf));
  return {
    asOf,
    cases: summary.cases,
    rectifications: summary.rectifications,
    instructions: summary.instructions,
    overdue: summary.overdue.map(({ kind, title, unitNames, dueDate, daysOverdue }) => ({
      kind,
      title,
      unitNames,
      dueDate,
      daysOverdue,
    })),
  };
}
