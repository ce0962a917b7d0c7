import { Col, Row, Table, Tag, Typography, List } from 'antd';
import type { BulletinData } from '../../api/supervision';
import { useT } from '../../i18n/i18n';
import { formatNumber } from '../common/format';
import { formatWan } from '../projects/labels';

type Projects = NonNullable<BulletinData['projects']>;
type Group = Projects['byType'][number];

/** One table of investment by type or by street (万元); the month's columns hide on a phone. */
function InvestmentTable({
  groups,
  first,
  testId,
}: {
  groups: readonly Group[];
  first: string;
  testId: string;
}) {
  const t = useT();
  const money = (
    key: 'monthPlan' | 'monthCompleted' | 'planToDate' | 'completed',
    title: string,
    phone: boolean,
  ) => ({
    title,
    key,
    width: 92,
    align: 'right' as const,
    ...(phone ? {} : { responsive: ['md' as const] }),
    render: (_: unknown, g: Group) => formatWan(g[key]),
  });
  return (
    <Table<Group>
      rowKey="name"
      size="small"
      pagination={false}
      tableLayout="fixed"
      dataSource={[...groups]}
      data-testid={testId}
      columns={[
        { title: first, dataIndex: 'name', key: 'name', ellipsis: { showTitle: true } },
        {
          title: t('rollup.projects'),
          dataIndex: 'projects',
          key: 'projects',
          width: 64,
          align: 'right',
          responsive: ['sm'],
        },
        money('monthPlan', t('rollup.monthPlan'), false),
        money('monthCompleted', t('rollup.monthCompleted'), false),
        money('planToDate', t('rollup.planToDate'), true),
        money('completed', t('rollup.completed'), true),
        { title: t('rollup.rate'), key: 'rate', width: 60, align: 'right', render: (_, g) => `${g.rate}%` },
      ]}
    />
  );
}

/**
 * 重点项目推进情况 in the bulletin preview, as the Word file states it: investment of the month and of the
 * year to date by type and by street (万元), the red and yellow projects with reasons, the lagging nodes.
 * Bulletins generated before the section existed have no `projects`: nothing is shown.
 */
export function BulletinProjects({ data }: { data: Projects | undefined }) {
  const t = useT();
  if (!data || data.lights.total === 0) return null;
  const l = data.lights;
  return (
    <section className="luoshi-bulletin-block" data-testid="bulletin-projects" style={{ marginTop: 16 }}>
      <Typography.Title level={5}>{t('rollup.bulletinTitle')}</Typography.Title>
      <Typography.Paragraph data-testid="bulletin-projects-summary">
        {t('rollup.bulletinSummary', {
          total: formatNumber(l.total),
          red: formatNumber(l.red),
          yellow: formatNumber(l.yellow),
          green: formatNumber(l.green),
          planToDate: formatWan(data.total.planToDate),
          completed: formatWan(data.total.completed),
          rate: data.total.rate,
          monthPlan: formatWan(data.total.monthPlan),
          monthCompleted: formatWan(data.total.monthCompleted),
        })}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <Typography.Text strong>{t('rollup.byType')}</Typography.Text>
          <InvestmentTable groups={data.byType} first={t('rollup.type')} testId="bulletin-projects-by-type" />
        </Col>
        <Col xs={24}>
          <Typography.Text strong>{t('rollup.byStreet')}</Typography.Text>
          <InvestmentTable
            groups={data.byStreet}
            first={t('rollup.street')}
            testId="bulletin-projects-by-street"
          />
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Text strong>
            {t('rollup.flagged')}（{data.flagged.length}）
          </Typography.Text>
          {data.flagged.length === 0 ? (
            <div>
              <Typography.Text type="secondary">{t('bulletin.none')}</Typography.Text>
            </div>
          ) : (
            <List
              size="small"
              dataSource={data.flagged}
              renderItem={(p) => (
                <List.Item style={{ paddingInline: 0, display: 'block' }}>
                  <div>
                    <Tag color={p.light === 'red' ? 'error' : 'warning'}>
                      {t(p.light === 'red' ? 'bulletin.red' : 'bulletin.yellow')}
                    </Tag>
                    <span className="luoshi-mono">{p.code} </span>
                    {p.name}
                  </div>
                  <div style={{ fontSize: 12, color: '#595959' }}>
                    {p.streetName ?? t('rollup.noStreet')} · {p.reasons.join('、')}
                  </div>
                </List.Item>
              )}
            />
          )}
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Text strong>
            {t('rollup.lateNodes')}（{data.lateNodeCount}）
          </Typography.Text>
          {data.lateNodes.length === 0 ? (
            <div>
              <Typography.Text type="secondary">{t('bulletin.none')}</Typography.Text>
            </div>
          ) : (
            <List
              size="small"
              dataSource={data.lateNodes}
              renderItem={(n) => (
                <List.Item style={{ paddingInline: 0, display: 'block' }}>
                  <div>
                    {n.projectName} · {n.name}
                  </div>
                  <div style={{ fontSize: 12 }}>
                    <span style={{ color: '#595959' }}>
                      {n.unitName ? `${n.unitName} · ` : ''}
                      {t('rollup.plannedEnd', { date: n.plannedEnd })} ·{' '}
                    </span>
                    <span style={{ color: '#cf1322', fontWeight: 600 }}>
                      {t('rollup.daysLate', { days: n.daysLate })}
                    </span>
                  </div>
                </List.Item>
              )}
            />
          )}
        </Col>
      </Row>
    </section>
  );
}
