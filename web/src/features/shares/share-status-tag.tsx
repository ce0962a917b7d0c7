import { Tag } from 'antd';
import type { ShareStatus } from '../../../../src/domain/vocabulary';
import { useT } from '../../i18n/i18n';

const COLORS: Record<ShareStatus | 'missing', string> = {
  submitted: 'blue',
  consolidated: 'green',
  returned: 'red',
  missing: 'orange',
};

/** 已报送 / 已汇总 / 已退回 / 未报送: always a word, never a colour alone. */
export function ShareStatusTag({ status }: { status: ShareStatus | 'missing' }) {
  const t = useT();
  return <Tag color={COLORS[status]}>{t(`share.status.${status}`)}</Tag>;
}
