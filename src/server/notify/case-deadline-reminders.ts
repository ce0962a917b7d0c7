import type { Executor } from '../db/client';
import type { DeadlineRule } from '../modules/case-deadlines/load-deadline-rule';
import { judgeDeadlineItems, type JudgedItem } from '../modules/case-deadlines/summarize-case-deadlines';
import { notifyUsers, supervisorIds, unitsUserIds } from './notify.repository';

const kindWords: Record<JudgedItem['kind'], string> = {
  case: '督办件',
  rectification: '整改事项',
  instruction: '领导批示',
};

/**
 * 督办事项时限 in the reminder run: a case, rectification or instruction due soon is brought to its units
 * (when the next move is theirs), and once overdue to its units and the office — each once per item (the
 * dedupe keys carry no date), so a run stopped half-way and run again sends nothing twice.
 */
export async function remindCaseDeadlines(
  tx: Executor,
  tenantId: string,
  rule: DeadlineRule,
  at: Date,
): Promise<{ due: number; overdue: number; sent: number }> {
  const result = { due: 0, overdue: 0, sent: 0 };
  let office: string[] | null = null;
  for (const item of await judgeDeadlineItems(tx, rule)) {
    const state = item.standing.state;
    if (state !== 'due_soon' && state !== 'overdue') continue;
    if (state === 'due_soon' && !item.isUnitsMove) continue;
    const unitUsers = await unitsUserIds(tx, item.unitIds);
    const overdue = state === 'overdue';
    office ??= overdue ? await supervisorIds(tx) : null;
    const word = kindWords[item.kind];
    const sent = await notifyUsers(tx, overdue ? [...unitUsers, ...(office ?? [])] : unitUsers, {
      tenantId,
      kind: overdue ? 'case_deadline_overdue' : 'case_deadline_due',
      title: overdue ? `${word}已超期：${item.title}` : `${word}即将到期：${item.title}`,
      body: overdue
        ? `办理时限 ${item.dueDate} 已过（已超期 ${-(item.standing.daysLeft ?? 0)} 天），请尽快办理。责任单位：${item.unitNames.join('、')}。`
        : `请于 ${item.dueDate} 前办理完毕。`,
      entityType: item.entityType,
      entityId: item.entityId,
      dedupeKey: `${overdue ? 'deadline-overdue' : 'deadline-due'}:${item.kind}:${item.id}`,
      at,
    });
    if (sent.length === 0) continue;
    result.sent += sent.length;
    if (overdue) result.overdue++;
    else result.due++;
  }
  return result;
}
