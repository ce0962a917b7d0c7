import { Tag } from 'antd';
import type { CaseLevel, CaseStatus, SupervisionCase } from '../../api/supervision';
import { useT } from '../../i18n/i18n';
import { CASE_LEVEL_COLORS, CASE_STATUS_COLORS, caseLevelLabel, caseStatusLabel } from './labels';
import { DeadlineTag } from './deadline-tag';

export function CaseLevelTag({ level }: { level: CaseLevel }) {
  const t = useT();
  return <Tag color={CASE_LEVEL_COLORS[level]}>{caseLevelLabel(t, level)}</Tag>;
}

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const t = useT();
  return <Tag color={CASE_STATUS_COLORS[status]}>{caseStatusLabel(t, status)}</Tag>;
}

/** The deadline with the server's light in words (已超期 N 天 / N 天内到期); red once overdue. */
export function CaseDeadline({
  item,
}: {
  item: Pick<SupervisionCase, 'deadline' | 'deadlineState' | 'daysLeft'>;
}) {
  return (
    <span style={item.deadlineState === 'overdue' ? { color: '#cf1322', fontWeight: 600 } : undefined}>
      {item.deadline}
      <DeadlineTag item={item} />
    </span>
  );
}
