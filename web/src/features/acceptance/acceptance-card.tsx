/**
 * 验收 on the task page: the pending completion request with its evidence and, for whoever the server lets
 * decide, 通过 / 附意见通过 / 退回补充; after a decision, the record (outcome, who, when, remarks) and 已销号.
 * Earlier rounds (returned, then asked again) stay below, folded.
 */
import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, App, Button, Card, Collapse, Descriptions, Flex, Tag, Typography } from 'antd';
import { acceptanceApi, type AcceptanceRequest } from '../../api/acceptance';
import type { Task } from '../../api/types';
import { useRequest } from '../../api/use-request';
import type { AcceptanceOutcome } from '../../../../src/domain/vocabulary';
import { useT, type MessageKey } from '../../i18n/i18n';
import { EvidenceList } from '../common/evidence-list';
import { formatDateTime } from '../common/format';
import { useState } from 'react';
import { CommentModal } from '../execution/comment-modal';

const STATE_COLORS = {
  requested: 'processing',
  accepted: 'success',
  accepted_with_remarks: 'success',
  returned: 'warning',
} as const;

const OUTCOMES = ['accepted', 'accepted_with_remarks', 'returned'] as const satisfies AcceptanceOutcome[];

const isAccepted = (s: string) => s === 'accepted' || s === 'accepted_with_remarks';

/** One completion request: the summary, who asked when, the evidence. */
function RequestBody({ request }: { request: AcceptanceRequest }) {
  const t = useT();
  return (
    <Flex vertical gap={8} style={{ minWidth: 0 }}>
      <Typography.Paragraph
        style={{ whiteSpace: 'pre-wrap', margin: 0 }}
        ellipsis={{ rows: 5, expandable: 'collapsible' }}
      >
        {request.reason}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('acceptance.requestedBy', {
          name: request.requestedByName ?? t('acceptance.unknownPerson'),
          time: formatDateTime(request.requestedAt),
        })}
      </Typography.Text>
      <div>
        <Typography.Text strong style={{ fontSize: 13 }}>
          {t('evidence.title')}
        </Typography.Text>
        <div style={{ marginTop: 4 }}>
          <EvidenceList ownerKind="completion" ownerId={request.id} items={request.evidence} />
        </div>
      </div>
    </Flex>
  );
}

/** The decision on a request: outcome, who, when, remarks (验收记录). */
function RecordView({ request }: { request: AcceptanceRequest }) {
  const t = useT();
  const outcome = request.acceptance ?? (request.status === 'approved' ? 'accepted' : 'returned');
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 1, md: 3 }}
      data-testid={`acceptance-record-${request.id}`}
      items={[
        {
          key: 'outcome',
          label: t('acceptance.recordOutcome'),
          children: t(`acceptance.outcome.${outcome}` as MessageKey),
        },
        {
          key: 'by',
          label: t('acceptance.recordBy'),
          children: request.decidedByName ?? t('acceptance.unknownPerson'),
        },
        {
          key: 'at',
          label: t('acceptance.recordAt'),
          children: request.decidedAt ? formatDateTime(request.decidedAt) : '—',
        },
        ...(request.decisionComment
          ? [
              {
                key: 'remarks',
                label: outcome === 'returned' ? t('acceptance.missing') : t('acceptance.remarks'),
                children: <span style={{ whiteSpace: 'pre-wrap' }}>{request.decisionComment}</span>,
                span: 'filled' as const,
              },
            ]
          : []),
      ]}
    />
  );
}

export function AcceptanceCard({ task, onChanged }: { task: Task; onChanged: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [deciding, setDeciding] = useState<AcceptanceOutcome | null>(null);
  // The task's status and version move with every request and decision: reload with them.
  const loaded = useRequest(
    (signal) => acceptanceApi.get(task.id, signal),
    [task.id, task.status, task.version],
  );
  const data = loaded.data;
  if (!data || data.taskId !== task.id || data.requests.length === 0) return null;

  const current = data.requests.at(-1);
  if (!current) return null;
  const earlier = data.requests.slice(0, -1).reverse();
  const accepted = isAccepted(data.state);

  return (
    <Card
      style={{ marginBottom: 16 }}
      data-testid="acceptance-card"
      title={
        <Flex gap={8} align="center" wrap>
          <span>{t('acceptance.title')}</span>
          <Tag color={STATE_COLORS[data.state as keyof typeof STATE_COLORS] ?? 'default'}>
            {t(`acceptance.state.${data.state}` as MessageKey)}
          </Tag>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {accepted ? (
          <Alert
            type="success"
            showIcon
            icon={<CheckCircleFilled />}
            title={<strong>{t('acceptance.closed')}</strong>}
            description={<RecordView request={current} />}
          />
        ) : null}
        {data.state === 'returned' ? (
          <Alert
            type="warning"
            showIcon
            title={t('acceptance.returnedHint', { remarks: current.decisionComment ?? '' })}
            description={
              <Flex vertical gap={4}>
                <RecordView request={current} />
                {data.abilities.request ? <span>{t('acceptance.returnedAgain')}</span> : null}
              </Flex>
            }
          />
        ) : null}
        {data.state === 'requested' ? (
          <Typography.Text type="secondary">{t('acceptance.waiting')}</Typography.Text>
        ) : null}
        <RequestBody request={current} />
        {data.abilities.decide ? (
          <Flex gap={8} wrap>
            {OUTCOMES.map((outcome) => (
              <Button
                key={outcome}
                type={outcome === 'accepted' ? 'primary' : 'default'}
                danger={outcome === 'returned'}
                onClick={() => setDeciding(outcome)}
              >
                {t(`acceptance.outcome.${outcome}` as MessageKey)}
              </Button>
            ))}
          </Flex>
        ) : null}
        {earlier.length > 0 ? (
          <Collapse
            size="small"
            items={[
              {
                key: 'history',
                label: t('acceptance.history', { count: earlier.length }),
                children: (
                  <Flex vertical gap={16}>
                    {earlier.map((r) => (
                      <Flex key={r.id} vertical gap={8}>
                        <Typography.Text strong>
                          {t('acceptance.round', { n: data.requests.indexOf(r) + 1 })}
                        </Typography.Text>
                        <RequestBody request={r} />
                        {r.decidedAt ? <RecordView request={r} /> : null}
                      </Flex>
                    ))}
                  </Flex>
                ),
              },
            ]}
          />
        ) : null}
      </Flex>
      <CommentModal
        open={deciding !== null}
        title={deciding ? t(`acceptance.decideTitle.${deciding}` as MessageKey) : ''}
        label={deciding === 'returned' ? t('acceptance.missing') : t('acceptance.remarks')}
        required={deciding !== null && deciding !== 'accepted'}
        danger={deciding === 'returned'}
        serverField="remarks"
        okText={deciding ? t(`acceptance.outcome.${deciding}` as MessageKey) : ''}
        onClose={() => setDeciding(null)}
        onReload={() => {
          loaded.reload();
          onChanged();
        }}
        onSubmit={async (remarks) => {
          if (!deciding) return;
          await acceptanceApi.decide(task.id, { outcome: deciding, remarks, version: current.version });
          message.success(t(`acceptance.decided.${deciding}` as MessageKey));
          onChanged();
        }}
      />
    </Card>
  );
}
