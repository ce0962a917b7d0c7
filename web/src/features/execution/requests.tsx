import { App, Button, Empty, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { requestsApi } from '../../api/endpoints';
import type { Task, TaskRequest } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { formatDateTime } from '../common/format';
import { CommentModal } from './comment-modal';
import { REQUEST_STATUS_COLORS, requestKindLabel, requestStatusLabel } from './report-labels';

/** One request in a line or two: kind, state, reason, and for an extension the new date. */
export function RequestSummary({ request }: { request: TaskRequest }) {
  const t = useT();
  return (
    <div style={{ minWidth: 0 }}>
      <Tag color="geekblue">{requestKindLabel(t, request.kind)}</Tag>
      <Tag color={REQUEST_STATUS_COLORS[request.status]}>{requestStatusLabel(t, request.status)}</Tag>
      {request.kind === 'extension' && request.newDueDate ? (
        <Typography.Text style={{ fontSize: 13 }}>
          {t('request.extendTo', { from: request.oldDueDate ?? '—', to: request.newDueDate })}
        </Typography.Text>
      ) : null}
      <Typography.Paragraph
        style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}
        ellipsis={{ rows: 4, expandable: true }}
      >
        {request.reason}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('request.requestedAt', { time: formatDateTime(request.requestedAt) })}
        {request.decidedAt ? ` · ${t('request.decidedAt', { time: formatDateTime(request.decidedAt) })}` : ''}
      </Typography.Text>
      {request.decisionComment ? (
        <div style={{ fontSize: 13 }}>
          {t('request.comment')}：{request.decisionComment}
        </div>
      ) : null}
    </div>
  );
}

/** 批准 / 不批准 with an optional comment (the requester is told). */
export function DecideButtons({ request, onDone }: { request: TaskRequest; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [decision, setDecision] = useState<'approve' | 'reject' | null>(null);
  const kind = requestKindLabel(t, request.kind);
  return (
    <>
      <Flex gap={4} wrap>
        <Button size="small" type="primary" onClick={() => setDecision('approve')}>
          {t('request.approve')}
        </Button>
        <Button size="small" onClick={() => setDecision('reject')}>
          {t('request.reject')}
        </Button>
      </Flex>
      <CommentModal
        open={decision !== null}
        title={
          decision === 'approve' ? t('request.approveTitle', { kind }) : t('request.rejectTitle', { kind })
        }
        description={<RequestSummary request={request} />}
        label={t('request.comment')}
        required={decision === 'reject'}
        danger={decision === 'reject'}
        okText={decision === 'approve' ? t('request.approve') : t('request.reject')}
        onClose={() => setDecision(null)}
        onSubmit={async (comment) => {
          if (!decision) return;
          await requestsApi.decide(request.id, { decision, comment: comment || null });
          message.success(decision === 'approve' ? t('request.approved') : t('request.rejected'));
          onDone();
        }}
      />
    </>
  );
}

/** 延期 / 办结申请 of a task, with 批准 / 不批准 for the supervision office. */
export function RequestsList({
  requests,
  onChanged,
}: {
  task: Task;
  requests: readonly TaskRequest[];
  onChanged: () => void;
}) {
  const t = useT();
  if (requests.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('request.empty')} />;
  return (
    <Flex vertical gap={12}>
      {[...requests].reverse().map((r) => (
        <Flex
          key={r.id}
          justify="space-between"
          gap={8}
          wrap
          align="flex-start"
          className="luoshi-request-item"
        >
          <RequestSummary request={r} />
          {/* A completion request is decided in the 验收 card, with its evidence in view. */}
          {r.abilities.decide && r.kind !== 'completion' ? (
            <DecideButtons request={r} onDone={onChanged} />
          ) : null}
        </Flex>
      ))}
    </Flex>
  );
}
