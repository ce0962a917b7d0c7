import { Card, Col, Row, Table, Typography } from 'antd';
import { useMemo } from 'react';
import {
  projectInvestmentChartOption,
  type ProjectChartText,
  type QuarterlyInvestmentGroup,
  type QuarterlyProjects,
} from '../../../../src/domain/quarterly-projects';
import { useT, type Translate } from '../../i18n/i18n';
import { formatWan } from '../projects/labels';
import { ChartCard } from './chart-card';

type MonthRow = QuarterlyProjects['byMonth'][number];

function chartText(t: Translate): ProjectChartText {
  return {
    title: t('rollup.chartTitle'),
    plan: t('rollup.chartPlan'),
    completed: t('rollup.chartCompleted'),
    cumulativePlan: t('rollup.chartCumulativePlan'),
    cumulativeCompleted: t('rollup.chartCumulativeCompleted'),
    amount: t('rollup.chartAmount'),
    month: (m) => t('rollup.monthLabel', { month: Number(m.slice(5, 7)) }),
  };
}

const money = (key: string, title: string, width = 104) => ({
  title,
  dataIndex: key,
  key,
  width,
  align: 'right' as const,
  render: (v: string) => formatWan(v),
});

function GroupTable({ groups, first }: { groups: readonly QuarterlyInvestmentGroup[]; first: string }) {
  const t = useT();
  return (
    <Table<QuarterlyInvestmentGroup>
      size="small"
      pagination={false}
      tableLayout="fixed"
      rowKey="name"
      dataSource={[...groups]}
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
        money('planToDate', t('rollup.planToDate'), 96),
        money('completed', t('rollup.completed'), 96),
        { title: t('rollup.rate'), key: 'rate', width: 60, align: 'right', render: (_, g) => `${g.rate}%` },
      ]}
    />
  );
}

/**
 * 重点项目 in the quarterly analysis: the light counts, investment by month plan vs completed (the chart
 * the Word file embeds, with its table), and the year to date by type and by street (万元).
 */
export function QuarterlyProjectsSection({
  projects,
  fileStem,
}: {
  projects: QuarterlyProjects;
  fileStem: string;
}) {
  const t = useT();
  const text = useMemo(() => chartText(t), [t]);
  const option = useMemo(() => projectInvestmentChartOption(projects, text), [projects, text]);
  if (projects.lights.total === 0) return null;
  const l = projects.lights;
  return (
    <Card
      size="small"
      title={t('rollup.quarterlyTitle')}
      style={{ marginTop: 16 }}
      data-testid="quarterly-projects"
    >
      <Typography.Paragraph data-testid="quarterly-projects-summary">
        {t('rollup.quarterlyLights', {
          total: l.total,
          red: l.red,
          yellow: l.yellow,
          green: l.green,
          planToDate: formatWan(projects.total.planToDate),
          completed: formatWan(projects.total.completed),
          rate: projects.total.rate,
        })}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <ChartCard
            option={option}
            height={340}
            fileName={`${fileStem}-重点项目投资.png`}
            ariaLabel={text.title}
          >
            <Table<MonthRow>
              size="small"
              pagination={false}
              tableLayout="fixed"
              rowKey="month"
              style={{ marginTop: 8 }}
              dataSource={projects.byMonth}
              columns={[
                {
                  title: t('rollup.month'),
                  dataIndex: 'month',
                  key: 'month',
                  width: 64,
                  render: (m: string) => text.month(m),
                },
                money('plan', t('rollup.chartPlan'), 0),
                money('completed', t('rollup.chartCompleted'), 0),
                {
                  ...money('cumulativePlan', t('rollup.chartCumulativePlan'), 0),
                  responsive: ['sm' as const],
                },
                money('cumulativeCompleted', t('rollup.chartCumulativeCompleted'), 0),
              ].map((c) => (c.width === 0 ? { ...c, width: undefined } : c))}
            />
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" style={{ height: '100%' }}>
            <Typography.Text strong>{t('rollup.byType')}</Typography.Text>
            <GroupTable groups={projects.byType} first={t('rollup.type')} />
            <div style={{ height: 16 }} />
            <Typography.Text strong>{t('rollup.byStreet')}</Typography.Text>
            <GroupTable groups={projects.byStreet} first={t('rollup.street')} />
          </Card>
        </Col>
      </Row>
    </Card>
  );
}
