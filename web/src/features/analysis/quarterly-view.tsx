import { Card, Col, Empty, Grid, Row, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import type { IndicatorFigures, QuarterlyAnalysis, TrendPoint, UnitFigures } from '../../api/analysis';
import { useT, type MessageKey, type Translate } from '../../i18n/i18n';
import { LIGHT_COLORS } from '../../theme';
import {
  categoryChartOption,
  CHART_TOP,
  indicatorChartOption,
  indicatorsForChart,
  trendChartOption,
  unitChartOption,
  type ChartText,
  type GroupFigures,
} from '../../../../src/domain/quarterly-charts';
import { ChartCard } from './chart-card';
import { QuarterlyProjectsSection } from './quarterly-projects';
import { QuarterlyResponsibilitySection } from './quarterly-responsibility';

const percent = (v: number) => `${v.toFixed(1)}%`;
const comparatorSign = { '>=': '≥', '<=': '≤', '=': '=', range: '≥' } as const;
const lightCell = (color: string) => (v: number) =>
  v > 0 ? <span style={{ color, fontWeight: 600 }}>{v}</span> : v;

function chartText(t: Translate): ChartText {
  return {
    categoryTitle: t('analysis.chart.category'),
    unitTitle: t('analysis.chart.unit'),
    trendTitle: t('analysis.chart.trend'),
    indicatorTitle: t('analysis.chart.indicator'),
    completionRate: t('analysis.chart.rateAxis'),
    ratio: t('analysis.chart.ratioAxis'),
    count: t('analysis.chart.countAxis'),
    red: t('analysis.col.red'),
    yellow: t('analysis.col.yellow'),
    target: t('analysis.chart.target'),
    month: (m) => t('analysis.chart.month', { m: Number(m.slice(5, 7)) }),
  };
}

/** Same bar height per row as the server's picture (charts.ts), so 15 unit names never overlap. */
const rowsHeight = (rows: number) => Math.max(260, 110 + Math.min(CHART_TOP, rows) * 30);

function groupColumns<R extends GroupFigures>(
  t: Translate,
  title: string,
  name: (row: R) => string,
): ColumnsType<R> {
  return [
    { title, key: 'name', render: (_, row) => name(row) },
    { title: t('analysis.col.total'), dataIndex: 'total', width: 76, align: 'right' },
    { title: t('analysis.col.completed'), dataIndex: 'completed', width: 76, align: 'right' },
    { title: t('analysis.col.onTime'), dataIndex: 'onTime', width: 84, align: 'right' },
    {
      title: t('analysis.col.rate'),
      dataIndex: 'completionRate',
      width: 84,
      align: 'right',
      render: percent,
    },
  ];
}

/** The four charts of the quarter, each with its table, and completion by source as a table. */
export function QuarterlyView({ analysis, fileStem }: { analysis: QuarterlyAnalysis; fileStem: string }) {
  const t = useT();
  const text = useMemo(() => chartText(t), [t]);
  const narrow = !Grid.useBreakpoint().sm;
  const options = useMemo(
    () => ({
      category: categoryChartOption(analysis, text),
      unit: unitChartOption(analysis, text, { narrow }),
      trend: trendChartOption(analysis, text),
      indicator: indicatorChartOption(analysis, text, { narrow }),
    }),
    [analysis, text, narrow],
  );
  // On a phone a table scrolls inside its card rather than widen the page (520 px fits a desktop card).
  const tableProps = {
    size: 'small' as const,
    pagination: false as const,
    style: { marginTop: 8 },
    scroll: { x: 520 },
  };

  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <ChartCard
            option={options.category}
            height={320}
            fileName={`${fileStem}-类别完成率.png`}
            ariaLabel={text.categoryTitle}
          >
            <Table
              {...tableProps}
              rowKey="category"
              dataSource={analysis.byCategory}
              columns={groupColumns<QuarterlyAnalysis['byCategory'][number]>(
                t,
                t('analysis.col.category'),
                (r) => r.category,
              )}
            />
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            option={options.unit}
            height={rowsHeight(analysis.byUnit.length)}
            fileName={`${fileStem}-单位完成率.png`}
            ariaLabel={text.unitTitle}
            hint={t('analysis.unitHint')}
          >
            <Table<UnitFigures>
              {...tableProps}
              rowKey="unitId"
              dataSource={analysis.byUnit}
              pagination={
                analysis.byUnit.length > 15 ? { pageSize: 15, size: 'small', showSizeChanger: false } : false
              }
              columns={[
                { title: t('analysis.col.rank'), key: 'rank', width: 56, render: (_, __, i) => i + 1 },
                { title: t('analysis.col.unit'), dataIndex: 'unitName', ellipsis: true },
                { title: t('analysis.col.total'), dataIndex: 'total', width: 68, align: 'right' },
                { title: t('analysis.col.completed'), dataIndex: 'completed', width: 68, align: 'right' },
                {
                  title: t('analysis.col.red'),
                  dataIndex: 'red',
                  width: 56,
                  align: 'right',
                  render: lightCell(LIGHT_COLORS.red),
                },
                {
                  title: t('analysis.col.yellow'),
                  dataIndex: 'yellow',
                  width: 56,
                  align: 'right',
                  render: lightCell(LIGHT_COLORS.yellow),
                },
                {
                  title: t('analysis.col.rate'),
                  dataIndex: 'completionRate',
                  width: 80,
                  align: 'right',
                  render: percent,
                },
              ]}
            />
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            option={options.trend}
            height={320}
            fileName={`${fileStem}-红黄灯走势.png`}
            ariaLabel={text.trendTitle}
            hint={t('analysis.trendHint')}
          >
            <Table<TrendPoint>
              {...tableProps}
              rowKey="month"
              dataSource={analysis.trend}
              columns={[
                { title: t('analysis.col.month'), dataIndex: 'month', render: (m: string) => text.month(m) },
                {
                  title: t('analysis.col.red'),
                  dataIndex: 'red',
                  align: 'right',
                  render: lightCell(LIGHT_COLORS.red),
                },
                {
                  title: t('analysis.col.yellow'),
                  dataIndex: 'yellow',
                  align: 'right',
                  render: lightCell(LIGHT_COLORS.yellow),
                },
                { title: t('analysis.col.green'), dataIndex: 'green', align: 'right' },
              ]}
            />
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          {analysis.indicators.length === 0 ? (
            <Card size="small" style={{ height: '100%' }}>
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('analysis.noIndicators')} />
            </Card>
          ) : (
            <ChartCard
              option={options.indicator}
              height={rowsHeight(indicatorsForChart(analysis.indicators).length)}
              fileName={`${fileStem}-指标完成度.png`}
              ariaLabel={text.indicatorTitle}
              hint={t('analysis.ratioHint')}
            >
              <Table<IndicatorFigures>
                {...tableProps}
                rowKey={(r) => `${r.taskId}-${r.indicator}`}
                dataSource={analysis.indicators}
                pagination={
                  analysis.indicators.length > 15
                    ? { pageSize: 15, size: 'small', showSizeChanger: false }
                    : false
                }
                columns={[
                  { title: t('analysis.col.code'), dataIndex: 'code', width: 112 },
                  {
                    title: t('analysis.col.indicator'),
                    dataIndex: 'indicator',
                    ellipsis: true,
                    render: (v: string, r) => (
                      <span title={`${r.title}（${r.unitName}）`}>
                        {v}
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {' '}
                          {r.unitName}
                        </Typography.Text>
                      </span>
                    ),
                  },
                  {
                    title: t('analysis.col.target'),
                    key: 'target',
                    width: 96,
                    align: 'right',
                    render: (_, r) => `${comparatorSign[r.comparator]}${r.target}${r.unit}`,
                  },
                  {
                    title: t('analysis.col.reported'),
                    key: 'reported',
                    width: 84,
                    align: 'right',
                    render: (_, r) =>
                      r.reported === null ? (
                        <Typography.Text type="secondary">{t('analysis.notReported')}</Typography.Text>
                      ) : (
                        `${r.reported}${r.unit}`
                      ),
                  },
                  {
                    title: t('analysis.col.ratio'),
                    dataIndex: 'ratio',
                    width: 76,
                    align: 'right',
                    render: (v: number | null) =>
                      v === null ? (
                        '—'
                      ) : (
                        <span
                          style={{
                            color: v >= 100 ? LIGHT_COLORS.green : undefined,
                            fontWeight: v >= 100 ? 600 : undefined,
                          }}
                        >
                          {percent(v)}
                        </span>
                      ),
                  },
                ]}
              />
            </ChartCard>
          )}
        </Col>
      </Row>
      <Card size="small" title={t('analysis.bySourceTitle')} style={{ marginTop: 16 }}>
        <Table
          size="small"
          pagination={false}
          scroll={{ x: 520 }}
          rowKey="source"
          dataSource={analysis.bySource}
          columns={groupColumns<QuarterlyAnalysis['bySource'][number]>(t, t('analysis.col.source'), (r) =>
            t(`task.source.${r.source}` as MessageKey),
          )}
        />
      </Card>
      {analysis.projects ? (
        <QuarterlyProjectsSection projects={analysis.projects} fileStem={fileStem} />
      ) : null}
      {analysis.responsibility ? <QuarterlyResponsibilitySection data={analysis.responsibility} /> : null}
    </>
  );
}
