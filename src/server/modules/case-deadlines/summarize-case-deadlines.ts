import { countDeadlines, isInstructionOpen, type DeadlineStanding } from '../../../domain/case-deadlines';
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

type Kind = TCaseDeadlineSummary['overdue'][number]['kind'];

/** A case, rectification or instruction that existed by the rule's day, with where it stood then. */
export interface JudgedItem {
  kind: Kind;
  id: string;
  /** The case's title, the rectification's finding, "code task: text" of an instruction. */
  title: string;
  unitIds: string[];
  unitNames: string[];
  dueDate: string;
  /** The entity an inbox notice links to: the case, the rectification, the instruction's task. */
  entityType: 'case' | 'rectification' | 'task';
  entityId: string;
  /** Whether the next move is the unit's (a rectification submitted for verification waits on the office). */
  isUnitsMove: boolean;
  standing: DeadlineStanding;
}

const on = (at: Date | null) => (at ? shanghaiDate(at) : null);
const by = (asOf: string, day: string | null) => day !== null && day <= asOf;

/**
 * Every case, rectification and instruction that existed by the rule's day (today for the cockpit and the
 * reminders, a month's last day for its bulletin), judged as it stood then: a case is open until answered or
 * closed by then (one answered and then sent back or escalated waits again: its status says so today), a
 * rectification until verified by then, an instruction until its first answer by then.
 */
export async function judgeDeadlineItems(tx: Executor, rule: DeadlineRule): Promise<JudgedItem[]> {
  const asOf = rule.asOf;
  const cases = await caseDeadlineRows(tx);
  const rects = await rectificationDeadlineRows(tx);
  const instructions = await instructionDeadlineRows(tx);
  const names = await unitNamesOf(tx, [
    ...new Set([
      ...cases.flatMap((c) => c.unitIds),
      ...rects.map((r) => r.unitId),
      ...instructions.flatMap((i) => (i.leadUnitId ? [i.leadUnitId] : [])),
    ]),
  ]);
  const item = (
    x: Omit<JudgedItem, 'unitNames' | 'standing'>,
    createdAt: Date,
    isOpen: boolean,
  ): JudgedItem | null =>
    shanghaiDate(createdAt) > asOf
      ? null
      : {
          ...x,
          unitNames: x.unitIds.map((u) => names.get(u) ?? ''),
          standing: rule.standing(x.dueDate, isOpen),
        };
  const all = [
    ...cases.map((c) => {
      const answered = (c.status === 'answered' || c.status === 'closed') && by(asOf, on(c.answeredAt));
      return item(
        {
          kind: 'case',
          id: c.id,
          title: c.title,
          unitIds: c.unitIds,
          dueDate: c.deadline,
          entityType: 'case',
          entityId: c.id,
          isUnitsMove: true,
        },
        c.createdAt,
        !by(asOf, on(c.closedAt)) && !answered,
      );
    }),
    ...rects.map((r) =>
      item(
        {
          kind: 'rectification',
          id: r.id,
          title: r.finding,
          unitIds: [r.unitId],
          dueDate: r.deadline,
          entityType: 'rectification',
          entityId: r.id,
          isUnitsMove: r.status === 'open',
        },
        r.createdAt,
        !by(asOf, on(r.verifiedAt)),
      ),
    ),
    ...instructions.map((i) =>
      item(
        {
          kind: 'instruction',
          id: i.id,
          title: `${i.taskCode ? `${i.taskCode} ` : ''}${i.taskTitle}：${i.text}`,
          unitIds: i.leadUnitId ? [i.leadUnitId] : [],
          dueDate: i.dueDate,
          entityType: 'task',
          entityId: i.taskId,
          isUnitsMove: true,
        },
        i.createdAt,
        isInstructionOpen(by(asOf, i.firstAnsweredOn), i.taskStatus),
      ),
    ),
  ];
  return all.filter((x): x is JudgedItem => x !== null);
}

/** 督办事项办理情况: open items of each kind, due soon and overdue among them, the overdue ones named. */
export async function summarizeCaseDeadlines(
  tx: Executor,
  rule: DeadlineRule,
): Promise<TCaseDeadlineSummary> {
  const items = await judgeDeadlineItems(tx, rule);
  const countOf = (kind: Kind) => countDeadlines(items.filter((i) => i.kind === kind).map((i) => i.standing));
  return {
    asOf: rule.asOf,
    cases: countOf('case'),
    rectifications: countOf('rectification'),
    instructions: countOf('instruction'),
    overdue: items
      .filter((i) => i.standing.state === 'overdue')
      .map((i) => ({
        kind: i.kind,
        id: i.id,
        title: i.title,
        unitNames: i.unitNames,
        dueDate: i.dueDate,
        daysOverdue: -(i.standing.daysLeft ?? 0),
      }))
      .sort(
        (a, b) =>
          b.daysOverdue - a.daysOverdue || a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title),
      ),
  };
}
