import { Tag, Typography } from 'antd';
import type { JointReviewItem } from '../../api/joint-reviews';
import type { JointReviewItemStatus, JointReviewStatus } from '../../../../src/domain/vocabulary';
import type { MessageKey, Translate } from '../../i18n/i18n';

const ITEM_COLORS: Record<JointReviewItemStatus, string> = {
  pending: 'default',
  approved: 'green',
  approved_with_conditions: 'cyan',
  needs_material: 'orange',
};

/** A department's state: 待答复 (red when overdue) / 同意 / 有条件同意 / 需补充材料. */
export function ItemStatusTag({
  t,
  item,
}: {
  t: Translate;
  item: Pick<JointReviewItem, 'status' | 'overdue'>;
}) {
  const label = t(`jointReview.item.status.${item.status}` as MessageKey);
  if (item.overdue)
    return (
      <Tag color="red" data-overdue="true">
        {label} · {t('jointReview.overdue')}
      </Tag>
    );
  return <Tag color={ITEM_COLORS[item.status]}>{label}</Tag>;
}

export function ReviewStatusTag({ t, status }: { t: Translate; status: JointReviewStatus }) {
  return (
    <Tag color={status === 'open' ? 'processing' : 'success'}>
      {t(`jointReview.status.${status}` as MessageKey)}
    </Tag>
  );
}

/** Days the department took (so far, while pending), with the delay past the deadline in red. */
export function DaysTaken({ t, item }: { t: Translate; item: JointReviewItem }) {
  const days =
    item.status === 'pending' && item.firstAnsweredAt === null
      ? t('jointReview.daysSoFar', { days: item.daysTaken })
      : t('jointReview.daysValue', { days: item.daysTaken });
  return (
    <span>
      {days}
      {item.delayDays > 0 ? (
        <Typography.Text type="danger" style={{ marginInlineStart: 8 }}>
          {item.firstAnsweredAt === null
            ? t('jointReview.overdueBy', { days: item.delayDays })
            : t('jointReview.lateBy', { days: item.delayDays })}
        </Typography.Text>
      ) : null}
    </span>
  );
}
