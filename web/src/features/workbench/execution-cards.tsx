import { Empty, Flex, List, Skeleton, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { lightsApi, reportsApi, tasksApi } from '../../api/endpoints';
import type { Task } from '../../api/types';
import { useRequest } from '../../api/use-request';
import { useT, type MessageKey } from '../../i18n/i18n';
import { useMe } from '../auth/session';
import { errorMessage } from '../common/errors';
import { formatDate, formatDateTime } from '../common/format';
import { REQUEST_STATUS_COLORS, requestKindLabel, requestStatusLabel } from '../execution/report-labels';
import { ReviewButtons } from '../execution/review-buttons';
import { statusLabel } from '../tasks/labels';
import { LightTag } from '../tasks/light-tag';
import { currentPeriod, periodLabel } from '../tasks/period';
import { forgetWork, loadLeaderWork, loadPendingRequests, loadUnitWork } from './work-loaders';

/** Rows shown in a card before "共 N 项". */
const MAX_ROWS = 5;

interface Row {
  key: string;
  to: string;
  title: ReactNode;
  meta?: ReactNode;
  extra?: ReactNode;
}

/** A card's compact list: a link per row, a line of facts under it, at most five rows. */
export function CompactList({
  rows,
  loading,
  error,
  emptyKey,
}: {
  rows: Row[];
  loading: boolean;
  error: unknown;
  emptyKey: MessageKey;
}) {
  const t = useT();
  if (loading && rows.length === 0) return <Skeleton active paragraph={{ rows: 2 }} title={false} />;
  if (error)
    return (
      <Typography.Text type="secondary">
        {t('common.loadFailed', { message: errorMessage(t, error) })}
      </Typography.Text>
    );
  if (rows.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(emptyKey)} style={{ margin: 0 }} />;
  return (
    <>
      <List
        size="small"
        split
        dataSource={rows.slice(0, MAX_ROWS)}
        renderItem={(row) => (
          <List.Item style={{ paddingInline: 0, display: 'block' }} className="luoshi-wb-row">
            <Flex justify="space-between" align="flex-start" gap={8}>
              <div style={{ minWidth: 0 }}>
                <Link to={row.to} className="luoshi-ellipsis" style={{ maxWidth: '100%' }}>
                  {row.title}
                </Link>
                {row.meta ? <div style={{ fontSize: 12, color: '#595959' }}>{row.meta}</div> : null}
              </div>
              {row.extra ? <div style={{ flex: 'none' }}>{row.extra}</div> : null}
            </Flex>
          </List.Item>
        )}
      />
      {rows.length > MAX_ROWS ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('workbench.more', { count: rows.length })}
        </Typography.Text>
      ) : null}
    </>
  );
}

const label = (task: Pick<Task, 'code' | 'title'>) => (task.code ? `${task.code} ${task.title}` : task.title);

function useUnitWork() {
  const me = useMe();
  return useRequest(() => loadUnitWork(me), [me.id]);
}

/** 待签收: published tasks the unit leads. */
export function ToAcceptCard() {
  const t = useT();
  const work = useUnitWork();
  const rows = (work.data?.leadTasks ?? [])
    .filter((task) => task.status === 'published')
    .map((task) => ({
      key: task.id,
      to: `/tasks/${task.id}`,
      title: label(task),
      meta: t('workbench.dueOn', { date: task.dueDate ?? '—' }),
      extra: <LightTag light={task.light} reasons={task.lightReasons} size="small" />,
    }));
  return (
    <CompactList
      rows={rows}
      loading={work.loading}
      error={work.error}
      emptyKey="workbench.card.toAcceptEmpty"
    />
  );
}

/** 本期待填报: lead tasks in progress without a report for this month. */
export function ToReportCard() {
  const t = useT();
  const work = useUnitWork();
  const period = currentPeriod();
  const rows = (work.data?.leadTasks ?? [])
    .filter((task) => task.status === 'in_progress')
    .filter((task) => !(work.data?.reportsByTask.get(task.id) ?? []).some((r) => r.period === period))
    .map((task) => ({
      key: task.id,
      to: `/tasks/${task.id}`,
      title: label(task),
      meta: t('workbench.periodDue', { period: periodLabel(t, period), progress: task.progress }),
      extra: <LightTag light={task.light} reasons={task.lightReasons} size="small" />,
    }));
  return (
    <CompactList
      rows={rows}
      loading={work.loading}
      error={work.error}
      emptyKey="workbench.card.toReportEmpty"
    />
  );
}

/** 被退回: returned reports of the unit, with the office's comment. */
export function ReturnedCard() {
  const t = useT();
  const work = useUnitWork();
  const rows = (work.data?.leadTasks ?? []).flatMap((task) =>
    (work.data?.reportsByTask.get(task.id) ?? [])
      .filter((r) => r.status === 'returned')
      .map((r) => ({
        key: r.id,
        to: `/tasks/${task.id}`,
        title: label(task),
        meta: `${periodLabel(t, r.period)} · ${r.reviewComment ?? ''}`,
      })),
  );
  return (
    <CompactList
      rows={rows}
      loading={work.loading}
      error={work.error}
      emptyKey="workbench.card.returnedEmpty"
    />
  );
}

/** 我的申请: the unit's extension and completion requests, pending first. */
export function MyRequestsCard() {
  const t = useT();
  const work = useUnitWork();
  const rows = (work.data?.leadTasks ?? [])
    .flatMap((task) => (work.data?.requestsByTask.get(task.id) ?? []).map((r) => ({ task, r })))
    .sort(
      (a, b) =>
        Number(b.r.status === 'pending') - Number(a.r.status === 'pending') ||
        b.r.requestedAt.localeCompare(a.r.requestedAt),
    )
    .map(({ task, r }) => ({
      key: r.id,
      to: `/tasks/${task.id}`,
      title: label(task),
      meta: `${requestKindLabel(t, r.kind)} · ${formatDate(r.requestedAt)}`,
      extra: <Tag color={REQUEST_STATUS_COLORS[r.status]}>{requestStatusLabel(t, r.status)}</Tag>,
    }));
  return (
    <CompactList
      rows={rows}
      loading={work.loading}
      error={work.error}
      emptyKey="workbench.card.myRequestsEmpty"
    />
  );
}

/** 待审核: the review queue with quick approve / return. */
export function ToReviewCard() {
  const t = useT();
  const queue = useRequest((signal) => reportsApi.reviewQueue(signal), []);
  const rows = (queue.data?.items ?? []).map((item) => ({
    key: item.report.id,
    to: `/tasks/${item.task.id}`,
    title: label(item.task),
    meta: `${item.unitName} · ${periodLabel(t, item.report.period)} · ${t('workbench.progressTo', { progress: item.report.progress })}`,
    extra: (
      <ReviewButtons
        report={item.report}
        taskLabel={label(item.task)}
        onDone={() => {
          forgetWork();
          queue.reload();
        }}
      />
    ),
  }));
  return (
    <CompactList
      rows={rows}
      loading={queue.loading}
      error={queue.error}
      emptyKey="workbench.card.toReviewEmpty"
    />
  );
}

/** 待审批申请: pending extension requests (completion requests wait in 待验收, with their evidence). */
export function PendingRequestsCard() {
  const t = useT();
  const pending = useRequest(() => loadPendingRequests(), []);
  const rows = (pending.data ?? [])
    .filter(({ request }) => request.kind !== 'completion')
    .map(({ request, task }) => ({
      key: request.id,
      to: `/tasks/${request.taskId}`,
      title: task ? label(task) : t('workbench.unknownTask'),
      meta: `${requestKindLabel(t, request.kind)}${request.newDueDate ? ` → ${request.newDueDate}` : ''} · ${formatDateTime(request.requestedAt)}`,
    }));
  return (
    <CompactList
      rows={rows}
      loading={pending.loading}
      error={pending.error}
      emptyKey="workbench.card.pendingRequestsEmpty"
    />
  );
}

const WEEK_MS = 7 * 86_400_000;

/**
 * 新增红灯: red today and either not red a week ago or published within the week (the lights replay a date
 * with today's status and progress, so a task published today also reads red a week back).
 */
export function NewRedCard() {
  const lights = useRequest(async (signal) => {
    const weekAgo = formatDate(new Date(Date.now() - WEEK_MS));
    const [red, before] = await Promise.all([
      tasksApi.listAll({ light: 'red' }, signal),
      lightsApi.list(weekAgo, signal),
    ]);
    const wasRed = new Set(before.items.filter((i) => i.light === 'red').map((i) => i.taskId));
    const since = Date.now() - WEEK_MS;
    return red.filter(
      (task) => !wasRed.has(task.id) || (task.publishedAt !== null && Date.parse(task.publishedAt) >= since),
    );
  }, []);
  const rows = (lights.data ?? []).map((task) => ({
    key: task.id,
    to: `/tasks/${task.id}`,
    title: label(task),
    meta: task.leadUnitName ?? undefined,
    extra: <LightTag light={task.light} reasons={task.lightReasons} size="small" />,
  }));
  return (
    <CompactList
      rows={rows}
      loading={lights.loading}
      error={lights.error}
      emptyKey="workbench.card.newRedEmpty"
    />
  );
}

/** 分管任务: the leader's portfolio, reddest first. */
export function PortfolioCard() {
  const t = useT();
  const me = useMe();
  const work = useRequest(() => loadLeaderWork(me), [me.id]);
  const order = { red: 0, yellow: 1, green: 2 } as const;
  const rows = [...(work.data?.tasks ?? [])]
    .sort((a, b) => (a.light ? order[a.light] : 3) - (b.light ? order[b.light] : 3))
    .map((task) => ({
      key: task.id,
      to: `/tasks/${task.id}`,
      title: label(task),
      meta: `${task.leadUnitName ?? '—'} · ${statusLabel(t, task.status)} · ${task.progress}%`,
      extra: <LightTag light={task.light} reasons={task.lightReasons} size="small" />,
    }));
  return (
    <CompactList
      rows={rows}
      loading={work.loading}
      error={work.error}
      emptyKey="workbench.card.portfolioEmpty"
    />
  );
}

/** 待回复批示: the leader's own instructions the lead unit has not answered yet. */
export function InstructionsCard() {
  const me = useMe();
  const work = useRequest(() => loadLeaderWork(me), [me.id]);
  const rows = (work.data?.instructions ?? [])
    .filter(({ instruction }) => instruction.leaderId === me.id && instruction.replies.length === 0)
    .map(({ task, instruction }) => ({
      key: instruction.id,
      to: `/tasks/${task.id}`,
      title: label(task),
      meta: `${formatDate(instruction.createdAt)} · ${instruction.text}`,
    }));
  return (
    <CompactList
      rows={rows}
      loading={work.loading}
      error={work.error}
      emptyKey="workbench.card.instructionsEmpty"
    />
  );
}
