import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Grid,
  Image,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { blockersApi, type BlockerDetail } from '../../api/blockers';
import { useRequest } from '../../api/use-request';
import { useT, type MessageKey } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { PageTitle } from '../common/page-title';
import { BlockerActions } from './blocker-actions';
import { BlockerLevelTag, BlockerStatusTag, levelLabel, ownerText, subjectPath } from './blocker-bits';

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');
const minute = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false }).slice(0, -3);

/** 堵点详情: the facts, the ladder's deadline, the actions the abilities allow, the history and the evidence. */
export function BlockerPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const isMobile = Grid.useBreakpoint().md === false;
  const loaded = useRequest((signal) => blockersApi.get(id, signal), [id]);
  const [b, setB] = useState<BlockerDetail | null>(null);
  useEffect(() => setB(loaded.data ?? null), [loaded.data]);

  if (loaded.error && !loaded.loading)
    return (
      <Empty description={t('common.loadFailed', { message: errorMessage(t, loaded.error) })}>
        <Button onClick={loaded.reload}>{t('common.retry')}</Button>
      </Empty>
    );
  if (!b) return <Card loading />;

  const uploadFile = async (file: File) => {
    try {
      await blockersApi.uploadFile(b.id, file);
      void message.success(t('blocker.uploaded'));
      loaded.reload();
    } catch (e) {
      void message.error(errorMessage(t, e));
    }
  };
  const photos = b.files.filter((f) => f.contentType.startsWith('image/'));
  const others = b.files.filter((f) => !f.contentType.startsWith('image/'));

  return (
    <>
      <PageTitle
        title={
          <Flex gap={8} align="center" wrap>
            <span>{b.title}</span>
            <BlockerStatusTag status={b.status} />
          </Flex>
        }
        extra={<BlockerActions blocker={b} onDone={setB} />}
      />
      {b.status === 'open' && b.levelDeadline ? (
        <Alert
          type={b.overdue ? 'error' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          message={t('blocker.levelDeadlineValue', { date: b.levelDeadline })}
        />
      ) : null}
      <Flex gap={16} vertical={isMobile} align="flex-start">
        <Flex vertical gap={16} style={{ flex: 2, minWidth: 0, width: '100%' }}>
          <Card>
            <Descriptions column={isMobile ? 1 : 2} size="small">
              <Descriptions.Item label={t(b.projectId ? 'blocker.onProject' : 'blocker.onTask')}>
                <Link to={subjectPath(b)}>{b.subjectName ?? '—'}</Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('blocker.kind')}>{b.kind}</Descriptions.Item>
              <Descriptions.Item label={t('blocker.level')}>
                <BlockerLevelTag level={b.level} />
              </Descriptions.Item>
              <Descriptions.Item label={t('blocker.owner')}>{ownerText(t, b)}</Descriptions.Item>
              <Descriptions.Item label={t('blocker.raisedBy')}>{b.raisedByUnitName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('blocker.ownerUnit')}>{b.ownerUnitName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('blocker.raisedAt')}>{day(b.raisedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('blocker.dueDate')}>
                <Typography.Text type={b.overdue ? 'danger' : undefined}>
                  {b.dueDate}
                  {b.overdue ? ` · ${t('blocker.overdue')}` : ''}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('blocker.age')}>
                {t('blocker.ageDays', { n: b.ageDays })}
              </Descriptions.Item>
              {b.askedUnits.length > 0 ? (
                <Descriptions.Item label={t('blocker.askedUnits')}>
                  {b.askedUnits.map((u) => u.name ?? '—').join('、')}
                </Descriptions.Item>
              ) : null}
            </Descriptions>
            {(
              [
                ['blocker.description', b.description],
                ['blocker.ask', b.ask],
                ['blocker.resolution', b.resolution],
                ['blocker.closeReason', b.closeReason],
              ] as const
            ).map(([label, text]) =>
              text ? (
                <div key={label} style={{ marginTop: 12 }}>
                  <Typography.Text type="secondary">{t(label)}</Typography.Text>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                    {text}
                  </Typography.Paragraph>
                </div>
              ) : null,
            )}
          </Card>
          <Card
            title={t('blocker.files')}
            extra={
              b.abilities.addFile ? (
                <Upload
                  accept="image/jpeg,image/png,image/webp,application/pdf"
                  showUploadList={false}
                  beforeUpload={(file) => {
                    void uploadFile(file);
                    return false;
                  }}
                >
                  <Button size="small" icon={<UploadOutlined />}>
                    {t('blocker.upload')}
                  </Button>
                </Upload>
              ) : null
            }
          >
            {b.files.length === 0 ? (
              <Typography.Text type="secondary">{t('blocker.noFiles')}</Typography.Text>
            ) : null}
            {photos.length > 0 ? (
              <Image.PreviewGroup>
                <Flex gap={8} wrap>
                  {photos.map((f) => (
                    <Image
                      key={f.id}
                      width={120}
                      height={90}
                      style={{ objectFit: 'cover', borderRadius: 4 }}
                      src={blockersApi.fileUrl(b.id, f.id)}
                      alt={f.name}
                    />
                  ))}
                </Flex>
              </Image.PreviewGroup>
            ) : null}
            {others.map((f) => (
              <div key={f.id} style={{ marginTop: 8 }}>
                <a href={blockersApi.fileUrl(b.id, f.id)} target="_blank" rel="noreferrer">
                  <PaperClipOutlined /> {f.name}
                </a>
              </div>
            ))}
          </Card>
        </Flex>
        <Card title={t('blocker.history')} style={{ flex: 1, minWidth: 0, width: '100%' }}>
          <Timeline
            items={b.events.map((e) => ({
              key: e.id,
              color: e.kind === 'confirmed' ? 'green' : e.kind.startsWith('escalated') ? 'red' : 'blue',
              children: (
                <Flex vertical gap={2}>
                  <Typography.Text strong>
                    {t(`blocker.event.${e.kind}` as MessageKey)}
                    {e.toLevel && e.kind !== 'raised'
                      ? ` ${t('blocker.eventTo', { level: levelLabel(t, e.toLevel) })}`
                      : ''}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {minute(e.at)} · {e.actorName ?? t('blocker.system')}
                  </Typography.Text>
                  {e.reason ? (
                    <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{e.reason}</Typography.Text>
                  ) : null}
                </Flex>
              ),
            }))}
          />
        </Card>
      </Flex>
    </>
  );
}
