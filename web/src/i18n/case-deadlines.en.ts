import type { caseDeadlinesZhCN } from './case-deadlines.zh-CN';

/** English strings of issue 16's case deadlines: tags, the overdue filter, the cockpit card. */
export const caseDeadlinesEn: Record<keyof typeof caseDeadlinesZhCN, string> = {
  'deadline.overdueDays': '{n} days overdue',
  'deadline.dueInDays': 'Due within {n} days',
  'deadline.dueToday': 'Due today',
  'deadline.filter': 'Deadline',
  'deadline.filterOverdue': 'Overdue',
  'deadline.filterDueSoon': 'Due soon',
  'deadline.cardTitle': 'Supervision items',
  'deadline.kind': 'Kind',
  'deadline.kind.case': 'Cases',
  'deadline.kind.rectification': 'Rectifications',
  'deadline.kind.instruction': 'Instructions',
  'deadline.colOpen': 'Open',
  'deadline.colDueSoon': 'Due soon',
  'deadline.colOverdue': 'Overdue',
  'deadline.overdueList': 'Overdue, not done',
  'deadline.noneOverdue': 'Nothing overdue',
  'deadline.dueDate': 'Due',
};
