import { countDeadlines, type DeadlineStanding } from '../../../domain/case-deadlines';
import { shanghaiDate } from '../../clock';
import type { Executor } from '../../db/client';
import {
  caseDeadlineRows,
  instructionDeadlineRows,
  rectificationDeadlineRows,
  unitNamesOf,
} from './case-deadlines.repository';
import type { TCaseDeadlineSummary } from './case-deadlines.schemas';
import type { DeadlineRule } from './load-deadline-rule';

type Overdue = TCaseDeadlineSummary['overdue'][number];
const on = (at: Date | null) => (at ? shanghaiDate(at) : null);
const by = (asOf: string, day: string | null) => day !== null && day <= asOf;

/**
 * 督办事项办理情况 as of the rule's day (today for the cockpit, a month's last day for its bulletin): the items
 * that existed by then and were still waiting on their units then — a case not answered or closed by then, a
 * rectification not verified by then, an instruction not answered by then — counted, with the overdue ones
 * named. A case answered and then sent back or escalated waits again (its status says so today).
 */
export async function summarizeCaseDeadlines(
  tx: Executor,
  rule: DeadlineRule,
): Promise<TCaseDeadlineSummary> {
  const asOf = rule.asOf;
  const [cases, rects, instructions] = [
    await caseDeadlineRows(tx),
    await rectificationDeadlineRows(tx),
    await instructionDeadlineRows(tx),
  ];
  const names = await unitNamesOf(tx, [
    ...new Set([
      ...cases.flatMap((c) => c.unitIds),
      ...rects.map((r) => r.unitId),
      ...instructions.flatMap((i) => (i.leadUnitId ? [i.leadUnitId] : [])),
    ]),
  ]);
  const overdue: Overdue[] = [];
  const judge = (
    kind: Overdue['kind'],
    item: { id: string; title: string; unitIds: string[]; dueDate: string; createdAt: Date },
    isOpen: boolean,
  ): DeadlineStanding | null => {
    if (shanghaiDate(item.createdAt) > asOf) return null;
    const standing = rule.standing(item.dueDate, isOpen);
    if (standing.state === 'overdue')
      overdue.push({
        kind,
        id: item.id,
        title: item.title,
        unitNames: item.unitIds.map((u) => names.get(u) ?? ''),
        dueDate: item.dueDate,
        daysOverdue: -(standing.daysLeft ?? 0),
      });
    return standing;
  };
  const present = <T>(xs: Array<T | null>) => xs.filter((x): x is T => x !== null);
  const caseStandings = cases.map((c) => {
    const answered = (c.status === 'answered' || c.status === 'closed') && by(asOf, on(c.answeredAt));
    const open = !by(asOf, on(c.closedAt)) && !answered;
    return judge('case', { ...c, dueDate: c.deadline }, open);
  });
  const rectStandings = rects.map((r) =>
    judge(
      'rectification',
      { id: r.id, title: r.finding, unitIds: [r.unitId], dueDate: r.deadline, createdAt: r.createdAt },
      !by(asOf, on(r.verifiedAt)),
    ),
  );
  const instructionStandings = instructions.map((i) =>
    judge(
      'instruction',
      {
        id: i.id,
        title: `${i.taskCode ? `${i.taskCode} ` : ''}${i.taskTitle}：${i.text}`,
        unitIds: i.leadUnitId ? [i.leadUnitId] : [],
        dueDate: i.dueDate,
        createdAt: i.createdAt,
      },
      !by(asOf, i.firstAnsweredOn),
    ),
  );
  return {
    asOf,
    cases: countDeadlines(present(caseStandings)),
    rectifications: countDeadlines(present(rectStandings)),
    instructions: countDeadlines(present(instructionStandings)),
    overdue: overdue.sort(
      (a, b) => b.daysOverdue - a.daysOverdue || a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title),
    ),
  };
}
