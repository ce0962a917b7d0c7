import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Popconfirm,
  Skeleton,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/client';
import { tasksApi } from '../../api/endpoints';
import { casesApi, type CaseLevel, type SupervisionCase } from '../../api/supervision';
import type { Task } from '../../api/types';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { useAllUnits } from '../admin/use-all-units';
import { useMe } from '../auth/session';
import { applyServerErrors, errorMessage } from '../common/errors';
import { formatDateTime } from '../common/format';
import { isVersionConflict } from '../common/version-conflict';
import { CommentModal } from '../execution/comment-modal';
import { LightTag } from '../tasks/light-tag';
import { CaseDeadline, CaseLevelTag, CaseStatusTag } from './case-tags';
import { caseActionLabel, caseLevelLabel, caseOriginLabel } from './labels';
import { EscalateModal } from './escalate-modal';
import { OwnedEvidence } from '../acceptance/report-evidence';
import { EvidenceUpload } from '../common/evidence-upload';

/** The tasks a case names, loaded one by one (a case names a few). A task the viewer may not see is skipped. */
function useLinkedTasks(ids: readonly string[]) {
  return useRequest(
    async (signal) => {
      const found = await Promise.all(ids.map((id) => tasksApi.get(id, signal).catch(() => null)));
      return found.filter((task): task is Task => task !== null);
    },
    [ids.join()],
  );
}

/** 答复: the unit writes what it found and did; the case then waits for the office. */
function AnswerBox({
  item,
  onChanged,
}: {
  item: SupervisionCase;
  onChanged: (next: SupervisionCase) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ answer: string; attachmentIds?: string[] }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async ({ answer, attachmentIds }: { answer: string; attachmentIds?: string[] }) => {
    setSaving(true);
    setError(null);
    try {
      const next = await casesApi.answer(item.id, answer.trim(), attachmentIds ?? []);
      message.success(t('case.answered'));
      onChanged(next);
    } catch (e) {
      if (!applyServerErrors(form, e, {}, ['answer'])) setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card title={t('case.answerLabel')} style={{ marginBottom: 16 }}>
      {error ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(t, error)} />
      ) : null}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={saving}>
        <Form.Item
          name="answer"
          label={t('case.answer')}
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('case.answer') }) },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 12 }}
            maxLength={20_000}
            showCount
            placeholder={t('case.answerPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="attachmentIds" label={t('evidence.title')}>
          <EvidenceUpload />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('case.submitAnswer')}
        </Button>
      </Form>
    </Card>
  );
}

/** 办结 / 退回 / 升级 / 重新交办: what the office may do to the case in its state. */
function DecideButtons({
  item,
  onChanged,
  onReload,
}: {
  item: SupervisionCase;
  onChanged: (next: SupervisionCase) => void;
  onReload: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const can = item.abilities;
  const [modal, setModal] = useState<'send_back' | 'escalate' | 'reissue' | null>(null);
  const [closing, setClosing] = useState(false);
  const close = async () => {
    setClosing(true);
    try {
      onChanged(await casesApi.decide(item.id, { action: 'close', version: item.version }));
      message.success(t('case.closed'));
    } catch (e) {
      if (isVersionConflict(e)) onReload();
      message.error(errorMessage(t, e));
    } finally {
      setClosing(false);
    }
  };
  return (
    <Flex gap={8} wrap>
      {can.close ? (
        <Popconfirm
          title={t('case.closeConfirm')}
          okText={t('case.close')}
          cancelText={t('common.cancel')}
          onConfirm={() => void close()}
        >
          <Button type="primary" loading={closing}>
            {t('case.close')}
          </Button>
        </Popconfirm>
      ) : null}
      {can.sendBack ? <Button onClick={() => setModal('send_back')}>{t('case.sendBack')}</Button> : null}
      {can.escalate ? (
        <Button danger onClick={() => setModal('escalate')}>
          {t('case.escalate')}
        </Button>
      ) : null}
      {can.reissue ? <Button onClick={() => setModal('reissue')}>{t('case.reissue')}</Button> : null}
      <CommentModal
        open={modal === 'send_back' || modal === 'reissue'}
        title={modal === 'reissue' ? t('case.reissue') : t('case.sendBackTitle')}
        label={modal === 'reissue' ? t('case.reissueComment') : t('case.sendBackComment')}
        required={modal === 'send_back'}
        okText={modal === 'reissue' ? t('case.reissue') : t('case.sendBack')}
        danger={modal === 'send_back'}
        onSubmit={async (comment) => {
          const action = modal === 'reissue' ? 'reissue' : 'send_back';
          onChanged(
            await casesApi.decide(item.id, { action, comment: comment || null, version: item.version }),
          );
          message.success(action === 'reissue' ? t('case.reissued') : t('case.sentBack'));
        }}
        onClose={() => setModal(null)}
        onReload={onReload}
      />
      <EscalateModal
        item={item}
        open={modal === 'escalate'}
        onClose={() => setModal(null)}
        onReload={onReload}
        onDone={(next) => {
          setModal(null);
          onChanged(next);
          message.success(t('case.escalated'));
        }}
      />
    </Flex>
  );
}

/**
 * 督办件详情: the matter, its requirements, units and linked tasks; the unit's answer box while it is issued to
 * them; the office's decisions once answered; the whole history as a timeline.
 */
export function CaseDetail({ id, onChanged }: { id: string; onChanged?: () => void }) {
  const t = useT();
  const me = useMe();
  const loaded = useRequest((signal) => casesApi.get(id, signal), [id]);
  const [item, setItem] = useState<SupervisionCase | undefined>(undefined);
  useEffect(() => setItem(loaded.data), [loaded.data]);
  const { byId: unitsById } = useAllUnits();
  const linked = useLinkedTasks(item?.taskIds ?? []);

  if (loaded.error && !loaded.loading) {
    if (isApiError(loaded.error) && loaded.error.status === 404) {
      return <Empty description={t('case.notFound')} />;
    }
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('common.loadFailed', { message: errorMessage(t, loaded.error) })}
      >
        <Button onClick={loaded.reload}>{t('common.retry')}</Button>
      </Empty>
    );
  }
  if (!item || item.id !== id) return <Skeleton active paragraph={{ rows: 8 }} />;

  const changed = (next: SupervisionCase) => {
    setItem(next);
    onChanged?.();
  };
  const can = item.abilities;
  const decides = can.close || can.sendBack || can.escalate || can.reissue;
  const unitNames = item.unitIds.map((u) => unitsById.get(u)?.name ?? '—');

  return (
    <div className="luoshi-case">
      <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
        <div style={{ minWidth: 0, flex: '1 1 420px' }}>
          <Flex gap={8} wrap style={{ marginBottom: 4 }}>
            <CaseLevelTag level={item.level} />
            <CaseStatusTag status={item.status} />
          </Flex>
          <Typography.Title level={3} style={{ margin: 0, wordBreak: 'break-word' }}>
            {item.title}
          </Typography.Title>
        </div>
        {decides ? <DecideButtons item={item} onChanged={changed} onReload={loaded.reload} /> : null}
      </Flex>

      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
          items={[
            {
              key: 'origin',
              label: t('case.origin'),
              children: (
                <>
                  {caseOriginLabel(t, item.origin)}
                  {item.feedbackId && me.abilities.areas.includes('feedback') ? (
                    <Link
                      style={{ marginLeft: 8 }}
                      to={`/feedback?status=all&id=${encodeURIComponent(item.feedbackId)}`}
                    >
                      {t('feedback.viewMessage')}
                    </Link>
                  ) : null}
                </>
              ),
            },
            { key: 'deadline', label: t('case.deadline'), children: <CaseDeadline item={item} /> },
            { key: 'created', label: t('case.createdAt'), children: formatDateTime(item.createdAt) },
            {
              key: 'units',
              label: t('case.units'),
              children: (
                <Flex gap={4} wrap>
                  {unitNames.map((n, i) => (
                    <Tag key={item.unitIds[i]}>{n}</Tag>
                  ))}
                </Flex>
              ),
            },
            ...(item.answeredAt
              ? [{ key: 'answered', label: t('case.answeredAt'), children: formatDateTime(item.answeredAt) }]
              : []),
            ...(item.closedAt
              ? [{ key: 'closed', label: t('case.closedAt'), children: formatDateTime(item.closedAt) }]
              : []),
          ]}
        />
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          {t('case.requirements')}
        </Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{item.requirements}</Typography.Paragraph>
        {item.taskIds.length > 0 ? (
          <>
            <Typography.Title level={5}>{t('case.tasks')}</Typography.Title>
            {linked.loading && !linked.data ? (
              <Skeleton active title={false} paragraph={{ rows: 1 }} />
            ) : (
              <Flex vertical gap={6}>
                {(linked.data ?? []).map((task) => (
                  <Flex key={task.id} gap={8} align="center" wrap>
                    <LightTag light={task.light} reasons={task.lightReasons} size="small" />
                    <Link to={`/tasks/${task.id}`}>
                      {task.code ? <span className="luoshi-mono">{task.code} </span> : null}
                      {task.title}
                    </Link>
                    <Typography.Text type="secondary">{task.leadUnitName ?? ''}</Typography.Text>
                  </Flex>
                ))}
              </Flex>
            )}
          </>
        ) : null}
        {item.answer ? (
          <>
            <Typography.Title level={5}>{t('case.answer')}</Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{item.answer}</Typography.Paragraph>
            <OwnedEvidence ownerKind="case" ownerId={item.id} version={item.version} />
          </>
        ) : null}
      </Card>

      {can.answer ? <AnswerBox item={item} onChanged={changed} /> : null}
      {me.abilities.manageSupervision && item.status === 'issued' ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('case.waitAnswer')} />
      ) : null}

      <Card title={t('case.history')}>
        <Timeline
          items={item.history.map((h, i) => ({
            key: `${h.at}-${i}`,
            color:
              h.action === 'close'
                ? 'green'
                : h.action === 'send_back' || h.action === 'escalate'
                  ? 'red'
                  : 'blue',
            content: (
              <div>
                <Typography.Text strong>{caseActionLabel(t, h.action)}</Typography.Text>
                {h.level && (h.action === 'escalate' || h.action === 'open') ? (
                  <Typography.Text type="secondary">
                    {' '}
                    · {caseLevelLabel(t, h.level as CaseLevel)}
                  </Typography.Text>
                ) : null}
                <div style={{ fontSize: 12, color: '#595959' }}>
                  {formatDateTime(h.at)}
                  {h.actorName ? ` · ${h.actorName}` : ''}
                </div>
                {h.comment ? <div style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>{h.comment}</div> : null}
              </div>
            ),
          }))}
        />
      </Card>
    </div>
  );
}
