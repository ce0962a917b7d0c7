import { Alert, Button, Card, Empty, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { surveysApi, type SurveyResults } from '../../api/surveys';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { EChart } from '../charts/echart';
import { errorMessage } from '../common/errors';

type Row = SurveyResults['subjects'][number];

const fmt = (x: number | null) => (x === null ? '—' : x.toFixed(2));

/** 测评结果: each unit's score 0–100 (a bar chart, or the table), per question with counts, margin and spread. */
export function ResultsTab({ surveyId }: { surveyId: string }) {
  const t = useT();
  const res = useRequest((signal) => surveysApi.results(surveyId, signal), [surveyId]);
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const r = res.data;
  if (res.error && !res.loading)
    return (
      <Empty description={t('common.loadFailed', { message: errorMessage(t, res.error) })}>
        <Button onClick={res.reload}>{t('common.retry')}</Button>
      </Empty>
    );
  if (!r) return <Card loading />;
  const scored = r.subjects.filter((s) => s.score !== null);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Alert
        type="info"
        showIcon
        message={t('survey.resultsSummary', {
          answers: r.answers,
          voided: r.voided,
          min: r.minReliableAnswers,
        })}
      />
      <Card
        title={t('survey.resultsTitle')}
        extra={
          <Segmented
            value={view}
            onChange={(v) => setView(v as 'chart' | 'table')}
            options={[
              { value: 'chart', label: t('survey.viewChart') },
              { value: 'table', label: t('survey.viewTable') },
            ]}
          />
        }
      >
        {view === 'chart' && scored.length > 0 ? (
          <EChart
            ariaLabel={t('survey.resultsTitle')}
            style={{ height: Math.max(220, scored.length * 48 + 80) }}
            option={{
              title: { text: t('survey.chartTitle'), left: 'center', textStyle: { fontSize: 14 } },
              tooltip: { trigger: 'axis' },
              grid: { left: 8, right: 40, top: 40, bottom: 30, containLabel: true },
              xAxis: {
                type: 'value',
                min: 0,
                max: 100,
                name: t('survey.scoreAxis'),
                nameLocation: 'middle',
                nameGap: 24,
              },
              yAxis: { type: 'category', data: scored.map((s) => s.label), inverse: true },
              series: [
                {
                  type: 'bar',
                  data: scored.map((s) => s.score),
                  label: { show: true, position: 'right', formatter: '{c}' },
                  itemStyle: { color: '#1d4e89' },
                },
              ],
            }}
          />
        ) : (
          <Table<Row>
            rowKey="subjectId"
            size="small"
            dataSource={r.subjects}
            pagination={false}
            tableLayout="fixed"
            scroll={{ x: 560 }}
            columns={[
              { title: t('survey.subject'), dataIndex: 'label', key: 'label', ellipsis: { showTitle: true } },
              {
                title: t('survey.respondents'),
                dataIndex: 'respondents',
                key: 'n',
                width: 100,
                align: 'right',
              },
              {
                title: t('survey.score'),
                key: 'score',
                width: 100,
                align: 'right',
                render: (_, s) => fmt(s.score),
              },
              {
                title: t('survey.reliability'),
                key: 'reliable',
                width: 120,
                render: (_, s) =>
                  s.reliable ? (
                    <Tag color="green">{t('survey.reliable')}</Tag>
                  ) : (
                    <Tag color="gold">{t('survey.fewAnswers')}</Tag>
                  ),
              },
            ]}
          />
        )}
      </Card>
      <Card title={t('survey.byQuestion')}>
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          tableLayout="fixed"
          scroll={{ x: 760 }}
          dataSource={r.subjects.flatMap((s) =>
            r.questions.map((q, i) => ({
              key: `${s.subjectId}:${q.id}`,
              subject: s.label,
              n: i + 1,
              q,
              sum: s.byQuestion[q.id],
            })),
          )}
          columns={[
            {
              title: t('survey.subject'),
              dataIndex: 'subject',
              key: 'subject',
              width: 140,
              ellipsis: { showTitle: true },
            },
            {
              title: t('survey.question'),
              key: 'q',
              ellipsis: { showTitle: true },
              render: (_, x) => `${x.n}. ${x.q.text}`,
            },
            {
              title: t('survey.count'),
              key: 'c',
              width: 70,
              align: 'right',
              render: (_, x) => x.sum?.count ?? 0,
            },
            {
              title: t('survey.mean'),
              key: 'm',
              width: 80,
              align: 'right',
              render: (_, x) => fmt(x.sum?.mean ?? null),
            },
            {
              title: t('survey.margin'),
              key: 'mg',
              width: 90,
              align: 'right',
              render: (_, x) => (x.sum?.margin === null || !x.sum ? '—' : `±${x.sum.margin.toFixed(2)}`),
            },
            {
              title: t('survey.distribution'),
              key: 'd',
              width: 220,
              render: (_, x) =>
                Object.entries(x.sum?.distribution ?? {})
                  .map(
                    ([k, v]) =>
                      `${x.q.scale === 'five_point' ? t('survey.points', { n: Number(k) }) : t(`survey.level.${k as 'satisfied'}`)} ${v}`,
                  )
                  .join(' / '),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
