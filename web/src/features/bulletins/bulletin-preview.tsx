import { Card, Col, Empty, Flex, List, Row, Segmented, Statistic, Table, Tag, Typography } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo, useState } from 'react';
import type { Bulletin, BulletinData, BulletinTask } from '../../api/supervision';
import { useT } from '../../i18n/i18n';
import { LIGHT_COLORS } from '../../theme';
import { EChart } from '../charts/echart';
import { formatNumber } from '../common/format';
import { BulletinAcceptance } from './bulletin-acceptance';
import { BulletinProjects } from './bulletin-projects';

type UnitRow = BulletinData['units'][number];

/** 各牵头单位任务完成率: a bar per unit in rank order, with its table for those who need the numbers. */
function CompletionByUnit({ data }: { data: BulletinData }) {
  const t = useT();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const option = useMemo<EChartsCoreOption>(
    () => ({
      title: { text: t('bulletin.chartTitle'), left: 'center', textStyle: { fontSize: 15 } },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
      grid: { left: 64, right: 24, top: 56, bottom: data.units.length > 6 ? 96 : 64 },
      xAxis: {
        type: 'category',
        name: t('bulletin.axisUnit'),
        nameLocation: 'middle',
        nameGap: data.units.length > 6 ? 80 : 40,
        data: data.units.map((u) => u.unitName),
        axisLabel: { interval: 0, rotate: data.units.length > 6 ? 30 : 0 },
      },
      yAxis: {
        type: 'value',
        name: t('bulletin.axisRate'),
        min: 0,
        max: 100,
        axisLabel: { formatter: '{value}%' },
      },
      series: [
        {
          type: 'bar',
          name: t('bulletin.completionRate'),
          barMaxWidth: 48,
          data: data.units.map((u) => ({
            value: u.completionRate,
            itemStyle: {
              color: u.red > 0 ? LIGHT_COLORS.red : u.yellow > 0 ? LIGHT_COLORS.yellow : '#1f4e8c',
            },
          })),
          label: { show: true, position: 'top', formatter: '{c}%' },
        },
      ],
    }),
    [data, t],
  );
  if (data.units.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bulletin.noUnits')} />;
  return (
    <Flex vertical gap={8}>
      <Segmented<'chart' | 'table'>
        value={view}
        onChange={setView}
        style={{ alignSelf: 'flex-end' }}
        options={[
          { value: 'chart', label: t('bulletin.viewChart') },
          { value: 'table', label: t('bulletin.viewTable') },
        ]}
      />
      {view === 'chart' ? (
        <EChart option={option} ariaLabel={t('bulletin.chartAria')} style={{ height: 340 }} />
      ) : (
        <Table<UnitRow>
          rowKey="unitName"
          size="small"
          pagination={false}
          dataSource={data.units}
          columns={[
            { title: t('bulletin.rank'), dataIndex: 'rank', key: 'rank', width: 64 },
            { title: t('bulletin.unit'), dataIndex: 'unitName', key: 'unit' },
            { title: t('bulletin.total'), dataIndex: 'total', key: 'total', width: 80, align: 'right' },
            {
              title: t('bulletin.completed'),
              dataIndex: 'completed',
              key: 'completed',
              width: 80,
              align: 'right',
            },
            {
              title: t('bulletin.inProgress'),
              dataIndex: 'inProgress',
              key: 'inProgress',
              width: 80,
              align: 'right',
            },
            { title: t('bulletin.yellow'), dataIndex: 'yellow', key: 'yellow', width: 70, align: 'right' },
            { title: t('bulletin.red'), dataIndex: 'red', key: 'red', width: 70, align: 'right' },
            {
              title: t('bulletin.completionRate'),
              key: 'rate',
              width: 90,
              align: 'right',
              render: (_, u) => `${u.completionRate}%`,
            },
          ]}
        />
      )}
    </Flex>
  );
}

function TaskList({ tasks, light }: { tasks: readonly BulletinTask[]; light: 'red' | 'yellow' }) {
  const t = useT();
  if (tasks.length === 0) return <Typography.Text type="secondary">{t('bulletin.none')}</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={[...tasks]}
      renderItem={(task) => (
        <List.Item style={{ paddingInline: 0, display: 'block' }}>
          <div>
            <Tag color={light === 'red' ? 'error' : 'warning'}>
              {t(light === 'red' ? 'bulletin.red' : 'bulletin.yellow')}
            </Tag>
            {task.code ? <span className="luoshi-mono">{task.code} </span> : null}
            {task.title}
          </div>
          <div style={{ fontSize: 12, color: '#595959' }}>
            {task.unitName} · {t('bulletin.due')} {task.dueDate} · {t('bulletin.progress')} {task.progress}%
            {task.reasons.length ? ` · ${task.reasons.join('、')}` : ''}
            {task.catchUpPlan ? ` · ${t('bulletin.catchUpPlan', { status: task.catchUpPlan })}` : ''}
          </div>
        </List.Item>
      )}
    />
  );
}

// "2024-08-01" → "2024年8月1日", as the Word file writes the date.
function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** 版头 as in the Word file: 督查通报 in red, 第X期, the issuing office and the date over a red rule. */
function Masthead({ bulletin }: { bulletin: Bulletin }) {
  const t = useT();
  const { data } = bulletin;
  const n = data.issueNumber ?? bulletin.issueNumber;
  return (
    <div
      className="luoshi-bulletin-masthead luoshi-bulletin-block"
      data-testid="bulletin-masthead"
      role="group"
      aria-label={t('bulletin.masthead')}
    >
      <div className="luoshi-bulletin-masthead-name">{t('bulletin.paperName')}</div>
      {n ? <div className="luoshi-bulletin-masthead-issue">{t('bulletin.issueN', { n })}</div> : null}
      <div className="luoshi-bulletin-masthead-line">
        <span>{data.issuingOffice}</span>
        <span>{chineseDate(data.issuedDate)}</span>
      </div>
    </div>
  );
}

/** 通报预览: the month's figures as the Word bulletin states them; prints on A4. */
export function BulletinPreview({ bulletin }: { bulletin: Bulletin }) {
  const t = useT();
  const { data } = bulletin;
  const o = data.overall;
  const stats: { key: string; title: string; value: string; color?: string }[] = [
    { key: 'published', title: t('bulletin.published'), value: formatNumber(o.published) },
    { key: 'completed', title: t('bulletin.completed'), value: formatNumber(o.completed) },
    { key: 'onTime', title: t('bulletin.completedOnTime'), value: formatNumber(o.completedOnTime) },
    { key: 'inProgress', title: t('bulletin.inProgress'), value: formatNumber(o.inProgress) },
    { key: 'rate', title: t('bulletin.completionRate'), value: `${o.completionRate}%` },
    { key: 'yellow', title: t('bulletin.yellow'), value: formatNumber(o.yellow), color: '#874d00' },
    { key: 'red', title: t('bulletin.red'), value: formatNumber(o.red), color: '#a8071a' },
  ];
  return (
    <Card
      className="luoshi-bulletin-preview"
      data-testid="bulletin-preview"
      title={
        <div style={{ whiteSpace: 'normal' }}>
          <div>{t('bulletin.previewTitle', { title: bulletin.title, version: bulletin.version })}</div>
          <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal' }}>
            {data.issuingOffice} · {t('bulletin.asOf', { date: data.asOf })}
          </Typography.Text>
        </div>
      }
    >
      <Masthead bulletin={bulletin} />
      <Row gutter={[12, 12]} className="luoshi-bulletin-block" style={{ marginBottom: 16 }}>
        {stats.map((s) => (
          <Col key={s.key} xs={12} sm={8} md={6} xl={3} className="luoshi-bulletin-stat">
            <Card size="small">
              <Statistic
                title={s.title}
                value={s.value}
                styles={s.color ? { content: { color: s.color } } : undefined}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <div className="luoshi-bulletin-block" style={{ marginBottom: 16 }}>
        <CompletionByUnit data={data} />
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12} className="luoshi-bulletin-block">
          <Typography.Title level={5}>
            {t('bulletin.redTasks')}（{data.redTasks.length}）
          </Typography.Title>
          <TaskList tasks={data.redTasks} light="red" />
        </Col>
        <Col xs={24} lg={12} className="luoshi-bulletin-block">
          <Typography.Title level={5}>
            {t('bulletin.yellowTasks')}（{data.yellowTasks.length}）
          </Typography.Title>
          <TaskList tasks={data.yellowTasks} light="yellow" />
        </Col>
        <Col xs={24} lg={12} className="luoshi-bulletin-block">
          <Typography.Title level={5}>
            {t('bulletin.overdueRects')}（{data.overdueRectifications.length}）
          </Typography.Title>
          {data.overdueRectifications.length === 0 ? (
            <Typography.Text type="secondary">{t('bulletin.none')}</Typography.Text>
          ) : (
            <List
              size="small"
              dataSource={data.overdueRectifications}
              renderItem={(r) => (
                <List.Item style={{ paddingInline: 0, display: 'block' }}>
                  <div>{r.title}</div>
                  <div style={{ fontSize: 12 }}>
                    <span style={{ color: '#595959' }}>
                      {r.unitName} · {t('rect.deadline')} {r.deadline} ·{' '}
                    </span>
                    <span style={{ color: '#cf1322', fontWeight: 600 }}>
                      {t('bulletin.daysOverdue', { days: r.daysOverdue })}
                    </span>
                  </div>
                </List.Item>
              )}
            />
          )}
        </Col>
        <Col xs={24} lg={12} className="luoshi-bulletin-block">
          <Typography.Title level={5}>
            {t('bulletin.notReported')}（{data.unitsNotReported.length}）
          </Typography.Title>
          {data.unitsNotReported.length === 0 ? (
            <Typography.Text type="secondary">{t('bulletin.none')}</Typography.Text>
          ) : (
            <List
              size="small"
              dataSource={data.unitsNotReported}
              renderItem={(u) => (
                <List.Item style={{ paddingInline: 0 }}>
                  {u.unitName}
                  <Typography.Text type="secondary">
                    {t('bulletin.taskCount', { count: u.taskCount })}
                  </Typography.Text>
                </List.Item>
              )}
            />
          )}
        </Col>
      </Row>
      <BulletinProjects data={data.projects} />
      <BulletinAcceptance data={data.acceptance} />
    </Card>
  );
}
