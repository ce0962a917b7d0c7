import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { appealsApi, type Appeal } from '../../api/appeals';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { componentLabel } from '../assessment/labels';
import { errorMessage } from '../common/errors';
import { formatDateTime } from '../common/format';
import { AppealRulingDrawer, APPEAL_STATUS_COLORS } from './appeal-ruling-drawer';

/**
 * 公示与申诉: the year's publication (window, public or not) with the office's 公示 action, and the appeals — every
 * unit's for the office (each opens the ruling drawer), the unit's own for its people.
 */
export function AppealsTab({ year }: { year: number }) {
  const t = useT();
  const { message } = App.useApp();
  const publication = useRequest((signal) => appealsApi.publication(year, signal), [year]);
  const appeals = useRequest((signal) => appealsApi.list(year, signal), [year]);
  const [isPublic, setIsPublic] = useState(false);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState<Appeal | null>(null);
  const p = publication.data;
  const act = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await fn();
      message.success(t('appeals.savedOk'));
      publication.reload();
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  const pub = p?.publication;
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('appeals.publication')} loading={publication.loading && !p}>
        {pub ? (
          <>
            <Alert
              type={pub.isFinal ? 'success' : 'info'}
              showIcon
              title={
                pub.isFinal
                  ? t('appeals.final', { end: pub.windowEndsOn })
                  : t('appeals.windowOpen', { start: pub.publishedOn, end: pub.windowEndsOn })
              }
              style={{ marginBottom: 12 }}
            />
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2 }}
              items={[
                { key: 'end', label: t('appeals.windowEndsOn'), children: pub.windowEndsOn },
                { key: 'v', label: t('appeals.latestVersion'), children: p.latestVersion ?? '—' },
                {
                  key: 'public',
                  label: t('appeals.isPublic'),
                  children: (
                    <Space wrap>
                      <Switch
                        checked={pub.isPublic}
                        disabled={!p.abilities.update || busy}
                        aria-label={t('appeals.isPublic')}
                        onChange={(v) => void act(() => appealsApi.setPublic(year, v, pub.version))}
                      />
                      {pub.publicPath ? (
                        <Typography.Link href={pub.publicPath} target="_blank">
                          {t('appeals.publicPage')}
                        </Typography.Link>
                      ) : null}
                    </Space>
                  ),
                },
              ]}
            />
          </>
        ) : p?.abilities.publish ? (
          <Space direction="vertical">
            <Typography.Text>{t('appeals.publishHint', { days: p.windowDays })}</Typography.Text>
            <Checkbox checked={isPublic} onChange={(e) => setIsPublic(e.target.checked)}>
              {t('appeals.alsoPublic')}
            </Checkbox>
            <Button
              type="primary"
              loading={busy}
              onClick={() => void act(() => appealsApi.publish(year, isPublic))}
            >
              {t('appeals.publish')}
            </Button>
          </Space>
        ) : (
          <Typography.Text type="secondary">
            {p?.latestVersion ? t('appeals.notPublished') : t('appeals.notFinalized')}
          </Typography.Text>
        )}
        {pub?.isWindowOpen && p?.abilities.appeal ? (
          <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
            {t('appeals.howToAppeal')}
          </Typography.Paragraph>
        ) : null}
      </Card>
      <Card size="small" title={t('appeals.list')}>
        <Table<Appeal>
          size="small"
          rowKey="id"
          loading={appeals.loading}
          dataSource={appeals.data?.items ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('appeals.none') }}
          columns={[
            { key: 'unit', title: t('appeals.unit'), dataIndex: 'unitName' },
            {
              key: 'target',
              title: t('appeals.target'),
              render: (_, a) => (
                <Space size={4} wrap>
                  <Tag>{t(`appeals.kind.${a.targetKind}`)}</Tag>
                  {a.targetKind === 'component' ? componentLabel(t, a.targetLabel) : a.targetLabel}
                </Space>
              ),
            },
            {
              key: 'status',
              title: t('appeals.status'),
              render: (_, a) => (
                <Tag color={APPEAL_STATUS_COLORS[a.status]}>{t(`appeals.status.${a.status}`)}</Tag>
              ),
            },
            {
              key: 'filed',
              title: t('appeals.filed'),
              render: (_, a) => `${a.filedByName} · ${formatDateTime(a.filedAt)}`,
            },
            {
              key: 'open',
              title: '',
              render: (_, a) => (
                <Button
                  size="small"
                  type={a.abilities.rule ? 'primary' : 'default'}
                  onClick={() => setOpen(a)}
                >
                  {a.abilities.rule ? t('appeals.rule') : t('appeals.view')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <AppealRulingDrawer
        appeal={open}
        onClose={() => setOpen(null)}
        onChanged={(a) => {
          setOpen(a);
          appeals.reload();
          publication.reload();
        }}
      />
    </Flex>
  );
}
