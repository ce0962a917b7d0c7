import { Tag, Typography } from 'antd';
import type { CaseLevel, CaseStatus, SupervisionCase } from '../../api/supervision';
import { useT } from '../../i18n/i18n';
import {
  CASE_LEVEL_COLORS,
  CASE_STATUS_COLORS,
  caseLevelLabel,
  caseStatusLabel,
  isCaseOverdue,
  today,
} from './labels';
import { deadlineState } from '../../../../src/domain/case-deadlines';
import { defaultSettings } from '../../../../src/domain/settings';

export function CaseLevelTag({ level }: { level: CaseLevel }) {
  const t = useT();
  return <Tag color={CASE_LEVEL_COLORS[level]}>{caseLevelLabel(t, level)}</Tag>;
}

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const t = useT();
  return <Tag color={CASE_STATUS_COLORS[status]}>{caseStatusLabel(t, status)}</Tag>;
}

/** The deadline, red with the word 逾期 once passed on an open case (never colour alone). */
export function CaseDeadline({ item }: { item: Pick<SupervisionCase, 'deadline' | 'status'> }) {
  const t = useT();
  if (!isCaseOverdue(item)) {
    // Issue 16: an open case due within the due-soon window carries a yellow tag with its word.
    const state = deadlineState(
      item.deadline,
      item.status !== 'closed',
      today(),
      defaultSettings['lights.dueSoonDays'],
    );
    return (
      <span>
        {item.deadline}
        {state === 'due_soon' ? (
          <Tag color="warning" style={{ marginInlineStart: 6 }}>
            {t('case.dueSoon')}
          </Tag>
        ) : null}
      </span>
    );
  }
  return (
    <Typography.Text style={{ color: '#cf1322', fontWeight: 600 }}>
      {item.deadline} {t('case.overdue')}
    </Typography.Text>
  );
}
