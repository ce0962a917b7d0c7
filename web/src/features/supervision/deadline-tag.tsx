import { Tag } from 'antd';
import type { SupervisionCase } from '../../api/supervision';
import { useT } from '../../i18n/i18n';

type Standing = Pick<SupervisionCase, 'deadlineState' | 'daysLeft'>;

/**
 * The deadline light the server sent (issue 16), always with its words: red 已超期 N 天, yellow N 天内到期
 * (今日到期 on the day); nothing while on time or once answered or closed.
 */
export function DeadlineTag({ item }: { item: Standing }) {
  const t = useT();
  const days = item.daysLeft ?? 0;
  if (item.deadlineState === 'overdue')
    return (
      <Tag color="error" style={{ marginInlineStart: 6 }} data-testid="deadline-tag">
        {t('deadline.overdueDays', { n: -days })}
      </Tag>
    );
  if (item.deadlineState === 'due_soon')
    return (
      <Tag color="warning" style={{ marginInlineStart: 6 }} data-testid="deadline-tag">
        {days === 0 ? t('deadline.dueToday') : t('deadline.dueInDays', { n: days })}
      </Tag>
    );
  return null;
}

/** The options of the 超期 filter on the supervision lists (`?deadline=` in the URL, as the API reads it). */
export function useDeadlineFilterOptions() {
  const t = useT();
  return [
    { value: 'overdue', label: t('deadline.filterOverdue') },
    { value: 'due_soon', label: t('deadline.filterDueSoon') },
  ];
}
