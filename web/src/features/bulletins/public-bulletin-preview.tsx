import { Descriptions, Flex, Progress, Statistic, Table, Tag, Typography } from 'antd';
import type { BulletinPublicVersion } from '../../api/feedback';
import { useT } from '../../i18n/i18n';

type Preview = BulletinPublicVersion['preview'];
type Row = Preview['decisions'][number];

const standingColour = { done: 'green', on_track: 'blue', behind: 'red' } as const;

/**
 * The public version of a bulletin as the public page shows it: the office reads exactly these figures,
 * decisions and tasks (and its own foreword) before switching it public.
 */
export function PublicBulletinPreview({ preview, foreword }: { preview: Preview; foreword: string | null }) {
  const t = useT();
  const o = preview.overall;
  return (
    <div className="luoshi-public-bulletin-preview">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {preview.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {[preview.issue, t('publicBulletin.publishedOn', { date: preview.publishedOn })]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Paragraph>
      {foreword ? (
        <>
          <Typography.Title level={5}>{t('publicBulletin.forewordHeading')}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{foreword}</Typography.Paragraph>
        </>
      ) : null}
      <Typography.Title level={5}>{t('publicBulletin.overall')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('publicBulletin.asOf', { date: preview.figuresAsOf })}
      </Typography.Paragraph>
      <Flex gap={24} wrap>
        <Statistic title={t('publicBulletin.total')} value={o.total} />
        <Statistic title={t('publicBulletin.standing.done')} value={o.done} />
        <Statistic title={t('publicBulletin.standing.on_track')} value={o.onTrack} />
        <Statistic title={t('publicBulletin.standing.behind')} value={o.behind} />
        <div style={{ minWidth: 160 }}>
          <Typography.Text type="secondary">{t('publicBulletin.completionRate')}</Typography.Text>
          <Progress percent={o.completionRate} />
        </div>
      </Flex>
      <Typography.Title level={5}>{t('publicBulletin.byDecision')}</Typography.Title>
      <Table<Row>
        rowKey="title"
        size="small"
        pagination={false}
        dataSource={preview.decisions}
        columns={[
          { title: t('publicBulletin.decision'), dataIndex: 'title' },
          { title: t('publicBulletin.total'), dataIndex: 'total', align: 'right', width: 80 },
          { title: t('publicBulletin.standing.done'), dataIndex: 'done', align: 'right', width: 80 },
          { title: t('publicBulletin.standing.on_track'), dataIndex: 'onTrack', align: 'right', width: 90 },
          { title: t('publicBulletin.standing.behind'), dataIndex: 'behind', align: 'right', width: 90 },
        ]}
      />
      <Typography.Title level={5}>{t('publicBulletin.tasks')}</Typography.Title>
      {preview.tasks.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('publicBulletin.noTasks')}</Typography.Paragraph>
      ) : (
        preview.tasks.map((task) => (
          <Descriptions
            key={task.key}
            size="small"
            column={1}
            style={{ marginBottom: 12 }}
            title={
              <span>
                {task.title} {task.livelihood ? <Tag>{t('livelihood.title')}</Tag> : null}
              </span>
            }
            items={[
              { key: 'd', label: t('publicBulletin.decision'), children: task.decision },
              { key: 'u', label: t('publicBulletin.leadUnit'), children: task.leadUnit ?? '—' },
              {
                key: 'p',
                label: t('publicBulletin.progress'),
                children: task.progress === null ? t('publicBulletin.noProgress') : `${task.progress}%`,
              },
              {
                key: 's',
                label: t('publicBulletin.standing'),
                children: (
                  <Tag color={standingColour[task.standing]}>
                    {t(`publicBulletin.standing.${task.standing}`)}
                  </Tag>
                ),
              },
            ]}
          />
        ))
      )}
    </div>
  );
}
