import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  CheckOutlined,
  DeleteOutlined,
  DesktopOutlined,
  DownloadOutlined,
  PlusOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Collapse,
  Empty,
  Flex,
  Input,
  Popconfirm,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { saveBlob } from '../../api/client';
import { meetingsApi, type AgendaBody, type MeetingDetail } from '../../api/meetings';
import { useRequest } from '../../api/use-request';
import { useT, type MessageKey } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { PageSpinner } from '../common/page-spinner';
import { PageTitle } from '../common/page-title';
import { DecisionDrawer } from './decision-drawer';
import { ItemFactsView } from './item-facts';
import { MeetingMode } from './meeting-mode';

/** 例会: prepare the agenda (draft, reorder, add, remove), run the meeting (meeting mode), record decisions, minutes. */
export function MeetingPage() {
  const t = useT();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const { data, error, loading, reload } = useRequest((signal) => meetingsApi.get(id, signal), [id]);
  const [meeting, setMeeting] = useState<MeetingDetail | null>(null);
  const [busy, setBusy] = useState(false);
  const [mode, setMode] = useState(false);
  const [deciding, setDeciding] = useState<string | null | undefined>(undefined);
  const [newItem, setNewItem] = useState('');
  const m = meeting && meeting.id === id && data && meeting.version >= data.version ? meeting : data;

  if (error) return <Alert type="error" showIcon title={errorMessage(t, error)} />;
  if (!m) return loading ? <PageSpinner /> : null;

  const run = async (work: () => Promise<MeetingDetail>, done: MessageKey) => {
    setBusy(true);
    try {
      setMeeting(await work());
      message.success(t(done));
    } catch (e) {
      message.error(errorMessage(t, e));
      reload();
    } finally {
      setBusy(false);
    }
  };
  const save = (items: AgendaBody['items']) =>
    run(() => meetingsApi.putAgenda(m.id, { version: m.version, items }), 'meetings.saved');
  const order = m.agenda.map((i) => ({ id: i.id }));
  const move = (from: number, to: number) => {
    const next = [...order];
    const [picked] = next.splice(from, 1);
    if (picked) next.splice(to, 0, picked);
    void save(next);
  };
  const draft = () => run(() => meetingsApi.draftAgenda(m.id, m.version), 'meetings.drafted');
  const downloadMinutes = async () => {
    try {
      const { blob, fileName } = await meetingsApi.minutes(m.id);
      saveBlob(blob, fileName);
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };
  const a = m.abilities;

  return (
    <div>
      <PageTitle
        title={
          <Space wrap>
            {m.title}
            <Tag color={m.status === 'preparing' ? 'blue' : 'green'}>
              {t(`meetings.status.${m.status}` as MessageKey)}
            </Tag>
          </Space>
        }
        extra={
          <>
            {a.draftAgenda ? (
              m.agenda.length > 0 ? (
                <Popconfirm title={t('meetings.draftConfirm')} onConfirm={() => void draft()}>
                  <Button icon={<ThunderboltOutlined />} loading={busy}>
                    {t('meetings.draft')}
                  </Button>
                </Popconfirm>
              ) : (
                <Button icon={<ThunderboltOutlined />} loading={busy} onClick={() => void draft()}>
                  {t('meetings.draft')}
                </Button>
              )
            ) : null}
            <Button type="primary" icon={<DesktopOutlined />} onClick={() => setMode(true)}>
              {t('meetings.mode')}
            </Button>
            {a.markHeld ? (
              <Button
                icon={<CheckOutlined />}
                onClick={() =>
                  void run(
                    () => meetingsApi.update(m.id, { version: m.version, status: 'held' }),
                    'meetings.heldDone',
                  )
                }
              >
                {t('meetings.markHeld')}
              </Button>
            ) : null}
            <Button icon={<DownloadOutlined />} onClick={() => void downloadMinutes()}>
              {t('meetings.minutes')}
            </Button>
          </>
        }
      />
      <Typography.Paragraph type="secondary">
        {t('meetings.info', { date: m.heldOn, location: m.location || '—', chair: m.chair || '—' })}
        <br />
        {t('meetings.attendees', { names: m.attendees.join('、') || '—' })}
      </Typography.Paragraph>

      <Flex justify="space-between" align="center" wrap gap={8} style={{ margin: '16px 0 8px' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('meetings.agenda')}
        </Typography.Title>
        {a.decide ? (
          <Button icon={<PlusOutlined />} onClick={() => setDeciding(null)}>
            {t('meetings.decide')}
          </Button>
        ) : null}
      </Flex>
      {m.agenda.length === 0 ? <Empty description={t('meetings.agendaEmpty')} /> : null}
      <Flex vertical gap={12} data-testid="agenda">
        {m.agenda.map((item, n) => {
          const decisions = m.decisions.filter((d) => d.itemId === item.id);
          return (
            <Card key={item.id} size="small" data-testid="agenda-item">
              <div className="luoshi-meeting-item-head">
                <span className={`luoshi-meeting-kind luoshi-meeting-kind-${item.kind}`}>
                  {t(`meetings.kind.${item.kind}` as MessageKey)}
                </span>
                <span className="luoshi-meeting-item-title">
                  {n + 1}. {item.title}
                </span>
                {a.editAgenda ? (
                  <Space size={4} wrap>
                    <Button
                      size="small"
                      icon={<ArrowUpOutlined />}
                      aria-label={t('meetings.up')}
                      title={t('meetings.up')}
                      disabled={n === 0 || busy}
                      onClick={() => move(n, n - 1)}
                    />
                    <Button
                      size="small"
                      icon={<ArrowDownOutlined />}
                      aria-label={t('meetings.down')}
                      title={t('meetings.down')}
                      disabled={n === m.agenda.length - 1 || busy}
                      onClick={() => move(n, n + 1)}
                    />
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('meetings.remove')}
                      title={t('meetings.remove')}
                      disabled={item.decided || busy}
                      onClick={() => void save(order.filter((o) => o.id !== item.id))}
                    />
                    {a.decide ? (
                      <Button size="small" type="primary" ghost onClick={() => setDeciding(item.id)}>
                        {t('meetings.decide')}
                      </Button>
                    ) : null}
                  </Space>
                ) : null}
              </div>
              {item.notes ? (
                <Typography.Paragraph style={{ margin: '8px 0 0' }}>{item.notes}</Typography.Paragraph>
              ) : null}
              <Collapse
                ghost
                size="small"
                items={[
                  {
                    key: 'facts',
                    label: t('meetings.factsToggle'),
                    children: <ItemFactsView facts={item.facts} />,
                  },
                ]}
              />
              {decisions.length > 0 ? (
                <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                  {decisions.map((d) => (
                    <li key={d.id} data-testid="decision">
                      {d.content}
                      <Typography.Text type="secondary">
                        {' '}
                        — {t('meetings.decision.owner', { unit: d.leadUnitName ?? '', date: d.dueDate })}
                        {d.taskCode ? ` · ${t('meetings.decision.task', { code: d.taskCode })}` : ''}
                      </Typography.Text>
                    </li>
                  ))}
                </ol>
              ) : null}
            </Card>
          );
        })}
      </Flex>
      {a.editAgenda ? (
        <Space.Compact style={{ width: '100%', maxWidth: 560, marginTop: 12 }}>
          <Input
            value={newItem}
            placeholder={t('meetings.addItemTitle')}
            maxLength={300}
            onChange={(e) => setNewItem(e.target.value)}
          />
          <Button
            icon={<PlusOutlined />}
            disabled={!newItem.trim() || busy}
            onClick={() => {
              void save([...order, { title: newItem.trim() }]);
              setNewItem('');
            }}
          >
            {t('meetings.addItem')}
          </Button>
        </Space.Compact>
      ) : null}
      {m.decisions.some((d) => d.itemId === null) ? (
        <Card size="small" title={t('meetings.decisions')} style={{ marginTop: 16 }}>
          <ol style={{ margin: 0, paddingInlineStart: 20 }}>
            {m.decisions
              .filter((d) => d.itemId === null)
              .map((d) => (
                <li key={d.id} data-testid="decision">
                  {d.content}
                  <Typography.Text type="secondary">
                    {' '}
                    — {t('meetings.decision.owner', { unit: d.leadUnitName ?? '', date: d.dueDate })}
                  </Typography.Text>
                </li>
              ))}
          </ol>
        </Card>
      ) : null}
      <DecisionDrawer
        meeting={m}
        item={m.agenda.find((i) => i.id === deciding) ?? null}
        open={deciding !== undefined}
        onClose={() => setDeciding(undefined)}
        onSaved={() => {
          setDeciding(undefined);
          setMeeting(null);
          reload();
        }}
      />
      {mode ? <MeetingMode meeting={m} onExit={() => setMode(false)} /> : null}
    </div>
  );
}
