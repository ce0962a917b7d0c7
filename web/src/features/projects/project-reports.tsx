import { App, Button, Card, Empty, Flex, Image, List, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  photoUrl,
  projectsApi,
  type Project,
  type ProjectNode,
  type ProjectReport,
} from '../../api/projects';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { formatDateTime } from '../common/format';
import { CommentModal } from '../execution/comment-modal';
import { formatWan, periodLabel, REPORT_STATUS_COLORS, reportStatusLabel } from './labels';

/**
 * 月度填报: each month's completed investment, image progress, node dates and photos, newest first;
 * approve or return where the report's abilities allow, correct a returned one.
 */
export function ProjectReports({
  project,
  reports,
  nodes,
  onChanged,
  onCorrect,
}: {
  project: Project;
  reports: readonly ProjectReport[];
  nodes: readonly ProjectNode[];
  onChanged: () => void;
  onCorrect: (report: ProjectReport) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [returning, setReturning] = useState<ProjectReport | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const nodeName = (id: string) => nodes.find((n) => n.id === id)?.name ?? '—';
  const sorted = [...reports].sort((a, b) => b.year - a.year || b.month - a.month);

  const approve = async (r: ProjectReport) => {
    setBusy(r.id);
    try {
      await projectsApi.approveReport(project.id, r.id, r.version);
      message.success(t('project.reportApproved', { period: periodLabel(t, r.year, r.month) }));
      onChanged();
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <List<ProjectReport>
        dataSource={sorted}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('project.reportsEmpty')} />,
        }}
        renderItem={(r) => (
          <List.Item key={r.id} data-testid={`report-${r.month}`} style={{ display: 'block' }}>
            <Flex justify="space-between" wrap gap={8} align="center">
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{periodLabel(t, r.year, r.month)}</Typography.Text>
                <Tag color={REPORT_STATUS_COLORS[r.status]}>{reportStatusLabel(t, r.status)}</Tag>
                <Typography.Text>
                  {t('project.reportAmount', { amount: formatWan(r.amount) })}
                </Typography.Text>
              </Flex>
              <Flex gap={6} wrap>
                {r.abilities.review && r.status === 'submitted' ? (
                  <>
                    <Popconfirm
                      title={t('project.approveConfirm', {
                        period: periodLabel(t, r.year, r.month),
                        amount: formatWan(r.amount),
                      })}
                      okText={t('project.approve')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => approve(r)}
                    >
                      <Button type="primary" size="small" loading={busy === r.id}>
                        {t('project.approve')}
                      </Button>
                    </Popconfirm>
                    <Button size="small" danger onClick={() => setReturning(r)}>
                      {t('project.return')}
                    </Button>
                  </>
                ) : null}
                {r.abilities.correct ? (
                  <Button size="small" onClick={() => onCorrect(r)}>
                    {t('project.correct')}
                  </Button>
                ) : null}
              </Flex>
            </Flex>
            <Typography.Paragraph style={{ margin: '6px 0', whiteSpace: 'pre-wrap' }}>
              {r.imageProgress}
            </Typography.Paragraph>
            {r.nodeUpdates.length > 0 ? (
              <div style={{ fontSize: 13, color: '#595959' }}>
                {r.nodeUpdates.map((u) => (
                  <div key={u.nodeId}>
                    {nodeName(u.nodeId)}
                    {t('common.colon')}
                    {u.actualStart ? t('project.startedOn', { date: u.actualStart }) : null}
                    {u.actualStart && u.actualEnd ? '，' : null}
                    {u.actualEnd ? t('project.finishedOn', { date: u.actualEnd }) : null}
                  </div>
                ))}
              </div>
            ) : null}
            {r.photos.length > 0 ? (
              <Image.PreviewGroup>
                <Flex gap={8} wrap style={{ marginTop: 8 }}>
                  {r.photos.map((p) => (
                    <Image
                      key={p.id}
                      src={photoUrl(project.id, p.id)}
                      alt={p.name}
                      width={96}
                      height={72}
                      style={{ objectFit: 'cover', borderRadius: 4 }}
                    />
                  ))}
                </Flex>
              </Image.PreviewGroup>
            ) : null}
            {r.reviewComment ? (
              <Typography.Paragraph
                type={r.status === 'returned' ? 'danger' : 'secondary'}
                style={{ margin: '6px 0 0' }}
              >
                {t('project.reviewComment', { comment: r.reviewComment })}
              </Typography.Paragraph>
            ) : null}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('project.submittedBy', { name: r.submittedByName, at: formatDateTime(r.submittedAt) })}
            </Typography.Text>
          </List.Item>
        )}
      />
      <CommentModal
        open={returning !== null}
        title={
          returning
            ? t('project.returnTitle', { period: periodLabel(t, returning.year, returning.month) })
            : ''
        }
        label={t('project.returnComment')}
        required
        danger
        okText={t('project.return')}
        onClose={() => setReturning(null)}
        onSubmit={async (comment) => {
          if (!returning) return;
          await projectsApi.returnReport(project.id, returning.id, returning.version, comment);
          message.success(
            t('project.reportReturned', { period: periodLabel(t, returning.year, returning.month) }),
          );
          onChanged();
        }}
      />
    </>
  );
}

/** 现场照片: every photo of the project's reports, newest month first, one preview gallery. */
export function PhotoGallery({ project, reports }: { project: Project; reports: readonly ProjectReport[] }) {
  const t = useT();
  const photos = [...reports]
    .sort((a, b) => b.year - a.year || b.month - a.month)
    .flatMap((r) => r.photos.map((p) => ({ ...p, period: periodLabel(t, r.year, r.month) })));
  return (
    <Card title={t('project.photos')} size="small">
      {photos.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('project.photosEmpty')} />
      ) : (
        <Image.PreviewGroup>
          <Flex gap={8} wrap>
            {photos.map((p) => (
              <figure key={p.id} style={{ margin: 0, width: 140 }}>
                <Image
                  src={photoUrl(project.id, p.id)}
                  alt={`${p.period} ${p.name}`}
                  width={140}
                  height={100}
                  style={{ objectFit: 'cover', borderRadius: 4 }}
                />
                <figcaption style={{ fontSize: 12, color: '#595959' }}>{p.period}</figcaption>
              </figure>
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
    </Card>
  );
}
