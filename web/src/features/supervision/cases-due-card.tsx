import { Empty, List, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { casesApi } from '../../api/supervision';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { useAllUnits } from '../admin/use-all-units';
import { errorMessage } from '../common/errors';
import { CaseDeadline, CaseLevelTag } from './case-tags';
import { addDays, today } from './labels';

const MAX_ROWS = 5;
/** A case is "due" within this many days. */
const DUE_WITHIN_DAYS = 7;

/** 到期督办件: open cases due within seven days or already overdue, soonest first. */
export function CasesDueCard() {
  const t = useT();
  const cases = useRequest((signal) => casesApi.list(signal), []);
  const { byId: unitsById } = useAllUnits();
  const limit = addDays(today(), DUE_WITHIN_DAYS);
  const due = (cases.data?.items ?? [])
    .filter((c) => c.status !== 'closed' && c.deadline <= limit)
    .sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));

  if (cases.loading && !cases.data) return <Skeleton active paragraph={{ rows: 2 }} title={false} />;
  if (cases.error)
    return (
      <Typography.Text type="secondary">
        {t('common.loadFailed', { message: errorMessage(t, cases.error) })}
      </Typography.Text>
    );
  if (due.length === 0)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('workbench.card.casesDueEmpty')}
        style={{ margin: 0 }}
      />
    );
  return (
    <>
      <List
        size="small"
        dataSource={due.slice(0, MAX_ROWS)}
        renderItem={(c) => (
          <List.Item style={{ paddingInline: 0, display: 'block' }} className="luoshi-wb-row">
            <Link to={`/supervision/cases/${c.id}`} className="luoshi-ellipsis" style={{ maxWidth: '100%' }}>
              {c.title}
            </Link>
            <div
              style={{
                fontSize: 12,
                color: '#595959',
                display: 'flex',
                gap: 6,
                alignItems: 'center',
                flexWrap: 'wrap',
              }}
            >
              <CaseLevelTag level={c.level} />
              <span>{c.unitIds.map((u) => unitsById.get(u)?.name ?? '—').join('、')}</span>
              <CaseDeadline item={c} />
            </div>
          </List.Item>
        )}
      />
      {due.length > MAX_ROWS ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('workbench.more', { count: due.length })}
        </Typography.Text>
      ) : null}
    </>
  );
}
