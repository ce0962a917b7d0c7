import { App, Button, Collapse, Descriptions, Empty, Flex, Progress, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { reportsApi } from '../../api/endpoints';
import type { Report, Task } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { formatDateTime, formatNumber } from '../common/format';
import { periodLabel } from '../tasks/period';
import { historyActionLabel, REPORT_STATUS_COLORS, reportStatusLabel } from './report-labels';
import { ReportEvidence } from '../acceptance/report-evidence';
import { ReviewButtons } from './review-buttons';

function ReportBody({ task, report }: { task: Task; report: Report }) {
  const t = useT();
  const targetsById = new Map(task.targets.map((g) => [g.id, g]));
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        styles={{ label: { width: 116, color: '#595959', whiteSpace: 'nowrap' } }}
        items={[
          {
            key: 'narrative',
            label: t('report.narrative'),
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{report.narrative}</span>,
          },
          ...(report.problems
            ? [
                {
                  key: 'problems',
                  label: t('report.problems'),
                  children: <span style={{ whiteSpace: 'pre-wrap' }}>{report.problems}</span>,
                },
              ]
            : []),
          ...(report.nextSteps
            ? [
                {
                  key: 'next',
                  label: t('report.nextSteps'),
                  children: <span style={{ whiteSpace: 'pre-wrap' }}>{report.nextSteps}</span>,
                },
              ]
            : []),
          ...(report.indicatorValues.length > 0
            ? [
                {
                  key: 'values',
                  label: t('report.indicatorValues'),
                  children: (
                    <div>
                      {report.indicatorValues.map((v) => {
                        const g = targetsById.get(v.targetId);
                        return (
                          <div key={v.targetId}>
                            {g?.indicator ?? t('report.unknownTarget')}：{formatNumber(v.value)}
                            {g?.unit ?? ''}
                          </div>
                        );
                      })}
                    </div>
                  ),
                },
              ]
            : []),
          ...(report.reviewComment
            ? [{ key: 'comment', label: t('report.reviewComment'), children: report.reviewComment }]
            : []),
        ]}
      />
      {report.history.length > 0 ? (
        <Collapse
          ghost
          size="small"
          items={[
            {
              key: 'history',
              label: t('report.history', { count: report.history.length }),
              children: (
                <Timeline
                  items={report.history.map((h, i) => ({
                    key: i,
                    content: (
                      <div>
                        <Typography.Text strong>{historyActionLabel(t, h.action)}</Typography.Text>
                        <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 13 }}>
                          {h.actorName ?? '—'} · {formatDateTime(h.at)}
                        </Typography.Text>
                        {h.comment ? <div style={{ whiteSpace: 'pre-wrap' }}>{h.comment}</div> : null}
                      </div>
                    ),
                  }))}
                />
              ),
            },
          ]}
        />
      ) : null}
    </>
  );
}

/** 进展记录: every report of the task, newest first, with what the viewer may do to it. */
export function ReportsList({
  task,
  reports,
  onChanged,
  onCorrect,
}: {
  task: Task;
  reports: readonly Report[];
  onChanged: () => void;
  onCorrect: (report: Report) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [signing, setSigning] = useState<string | null>(null);
  const taskLabel = `${task.code ?? ''} ${task.title}`.trim();
  if (reports.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={task.abilities.report ? t('report.emptyLead') : t('report.empty')}
      />
    );
  }
  const sorted = [...reports].sort(
    (a, b) => b.period.localeCompare(a.period) || b.submittedAt.localeCompare(a.submittedAt),
  );

  const sign = async (report: Report) => {
    setSigning(report.id);
    try {
      await reportsApi.sign(report.id);
      message.success(t('report.signed'));
      onChanged();
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setSigning(null);
    }
  };

  return (
    <Flex vertical gap={12}>
      {sorted.map((report) => (
        <div key={report.id} className="luoshi-report-item" data-report-status={report.status}>
          <Flex justify="space-between" align="flex-start" wrap gap={8}>
            <div style={{ minWidth: 0 }}>
              <Typography.Text strong style={{ fontSize: 15 }}>
                {periodLabel(t, report.period)}
              </Typography.Text>
              <Tag color={REPORT_STATUS_COLORS[report.status]} style={{ marginInlineStart: 8 }}>
                {reportStatusLabel(t, report.status)}
              </Tag>
              <div style={{ color: '#595959', fontSize: 13 }}>
                {t('report.submittedBy', {
                  name: report.submittedByName ?? '—',
                  time: formatDateTime(report.submittedAt),
                })}
              </div>
            </div>
            <Flex gap={8} wrap align="center">
              {report.abilities.sign ? (
                <Button size="small" loading={signing === report.id} onClick={() => void sign(report)}>
                  {t('report.sign')}
                </Button>
              ) : null}
              {report.abilities.review ? (
                <ReviewButtons report={report} taskLabel={taskLabel} onDone={() => onChanged()} />
              ) : null}
              {report.abilities.correct ? (
                <Button size="small" type="primary" onClick={() => onCorrect(report)}>
                  {t('report.correct')}
                </Button>
              ) : null}
            </Flex>
          </Flex>
          <Progress
            percent={report.progress}
            size="small"
            style={{ maxWidth: 360, margin: '6px 0' }}
            aria-label={t('report.progress')}
          />
          <ReportBody task={task} report={report} />
          <ReportEvidence reportId={report.id} version={report.version} />
        </div>
      ))}
    </Flex>
  );
}
