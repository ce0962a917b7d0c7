import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Grid,
  Progress,
  Row,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../api/client';
import { instructionsApi, reportsApi, requestsApi, tasksApi } from '../api/endpoints';
import type { Report, Task } from '../api/types';
import { useRequest } from '../api/use-request';
import { useAllUnits } from '../features/admin/use-all-units';
import { errorMessage } from '../features/common/errors';
import { formatDate, formatDateTime } from '../features/common/format';
import { NotFoundResult } from '../features/common/status-results';
import { InstructionsList } from '../features/execution/instructions';
import { CatchUpPlansCard } from '../features/follow/catch-up-plans';
import { MilestoneEditor } from '../features/execution/milestone-editor';
import { MilestoneTimeline } from '../features/execution/milestones';
import { ReportFormDrawer } from '../features/execution/report-form';
import { ReportsList } from '../features/execution/reports-card';
import { RequestsList } from '../features/execution/requests';
import { TargetTrajectories } from '../features/execution/target-trajectory';
import { TargetSharesPanel } from '../features/target-shares/target-shares-panel';
import { TaskActions } from '../features/execution/task-actions';
import { OpenCaseButton } from '../features/supervision/open-case-button';
import { sourceLabel, STATUS_COLORS, statusLabel } from '../features/tasks/labels';
import { LightTag } from '../features/tasks/light-tag';
import { RaiseBlockerButton } from '../features/blockers/raise-blocker-button';
import { SubtasksCard } from '../features/subtasks/subtasks-card';
import { AcceptanceCard } from '../features/acceptance/acceptance-card';
import { SharesCard } from '../features/shares/shares-card';
import { CooperationRatingsCard } from '../features/shares/cooperation-ratings-card';
import { useT } from '../i18n/i18n';

/** States in which milestones may still be planned (the server refuses completed and cancelled tasks). */

/**
 * 任务详情: one task as the lead unit, the supervision office and leaders work on it — header with light and
 * dates, the actions of this viewer, target trajectories, milestones, reports with their review, leaders'
 * instructions with replies, and extension/completion requests. Columns stack on a phone.
 */
export function TaskDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const screens = Grid.useBreakpoint();
  const isMobile = screens.md === false;
  const { byId: unitsById } = useAllUnits();
  const loaded = useRequest((signal) => tasksApi.get(id, signal), [id]);
  const reports = useRequest((signal) => reportsApi.listOfTask(id, signal), [id]);
  const requests = useRequest((signal) => requestsApi.listOfTask(id, signal), [id]);
  const instructions = useRequest((signal) => instructionsApi.listOfTask(id, signal), [id]);
  // The task as last answered by any action (accept, status, milestone) or by loading.
  const [task, setTask] = useState<Task | undefined>(undefined);
  useEffect(() => setTask(loaded.data), [loaded.data]);
  const [reportOpen, setReportOpen] = useState(false);
  const [correcting, setCorrecting] = useState<Report | null>(null);
  const [planning, setPlanning] = useState(false);

  if (loaded.error && isApiError(loaded.error) && loaded.error.status === 404) return <NotFoundResult />;
  if (loaded.error && !loaded.loading) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('common.loadFailed', { message: errorMessage(t, loaded.error) })}
      >
        <Button onClick={loaded.reload}>{t('common.retry')}</Button>
      </Empty>
    );
  }
  if (!task || task.id !== id) return <Skeleton active paragraph={{ rows: 8 }} />;

  const reportItems = reports.data?.items ?? [];
  const requestItems = requests.data?.items ?? [];
  const reloadAll = () => {
    loaded.reload();
    reports.reload();
    requests.reload();
  };
  const extended = task.originalDueDate && task.originalDueDate !== task.dueDate;
  const coUnits = task.coUnitIds.map((u) => unitsById.get(u)?.name ?? t('task.unknownUnit')).join('、');

  const openReport = (report: Report | null) => {
    setCorrecting(report);
    setReportOpen(true);
  };

  return (
    <div className="luoshi-task-page">
      <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
        <div style={{ minWidth: 0, flex: '1 1 420px' }}>
          <Flex align="center" gap={8} wrap style={{ marginBottom: 4 }}>
            {task.code ? (
              <span className="luoshi-mono" style={{ color: '#1f4e8c' }}>
                {task.code}
              </span>
            ) : null}
            <Tag color={STATUS_COLORS[task.status]}>{statusLabel(t, task.status)}</Tag>
            <span data-testid="task-light">
              <LightTag light={task.light} reasons={task.lightReasons} />
            </span>
            {task.isKey ? <Tag color="gold">{t('task.isKey')}</Tag> : null}
          </Flex>
          <Typography.Title level={3} style={{ margin: 0, wordBreak: 'break-word' }}>
            {task.title}
          </Typography.Title>
        </div>
        <Flex gap={8} wrap className="luoshi-task-actions">
          <OpenCaseButton task={task} />
          <RaiseBlockerButton taskId={task.id} />
          <TaskActions
            task={task}
            requests={requestItems}
            onReport={() => openReport(null)}
            onTask={(next) => {
              setTask(next);
              reports.reload();
            }}
            onRequests={requests.reload}
            onReload={reloadAll}
          />
        </Flex>
      </Flex>

      {task.statusReason && (task.status === 'suspended' || task.status === 'cancelled') ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('exec.statusReasonShown', {
            status: statusLabel(t, task.status),
            reason: task.statusReason,
          })}
        />
      ) : null}
      {task.abilities.accept ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('exec.acceptHint')} />
      ) : null}

      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
          items={[
            {
              key: 'progress',
              label: t('task.progress'),
              children: (
                <Progress percent={task.progress} size="small" style={{ minWidth: 140, margin: 0 }} />
              ),
            },
            { key: 'lead', label: t('task.leadUnit'), children: task.leadUnitName ?? '—' },
            { key: 'co', label: t('task.coUnits'), children: coUnits || '—' },
            { key: 'leader', label: t('task.leadLeader'), children: task.leadLeaderName ?? '—' },
            {
              key: 'person',
              label: t('task.responsiblePerson'),
              children: task.responsibleUserName ?? task.responsiblePerson ?? '—',
            },
            { key: 'start', label: t('task.startDate'), children: task.startDate ?? '—' },
            {
              key: 'due',
              label: t('task.dueDate'),
              children: extended ? (
                <span>
                  {task.dueDate}
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                    {t('exec.originalDue', { date: task.originalDueDate ?? '' })}
                  </Typography.Text>
                </span>
              ) : (
                (task.dueDate ?? '—')
              ),
            },
            { key: 'source', label: t('task.source'), children: sourceLabel(t, task.source) },
            ...(task.acceptedAt
              ? [{ key: 'accepted', label: t('exec.acceptedAt'), children: formatDateTime(task.acceptedAt) }]
              : task.publishedAt
                ? [{ key: 'published', label: t('task.publishedAt'), children: formatDate(task.publishedAt) }]
                : []),
            ...(task.completedAt
              ? [{ key: 'completed', label: t('exec.completedAt'), children: formatDate(task.completedAt) }]
              : []),
          ]}
        />
        {task.content && task.content !== task.title ? (
          <Typography.Paragraph
            type="secondary"
            style={{ whiteSpace: 'pre-wrap', margin: '8px 0 0' }}
            ellipsis={{ rows: 3, expandable: 'collapsible' }}
          >
            {task.content}
          </Typography.Paragraph>
        ) : null}
      </Card>
      <AcceptanceCard task={task} onChanged={reloadAll} />
      <SubtasksCard task={task} onTask={setTask} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Flex vertical gap={16}>
            <Card title={t('trajectory.title')} className="luoshi-targets-card">
              <TargetTrajectories task={task} reports={reportItems} />
              <TargetSharesPanel task={task} onChanged={loaded.reload} />
            </Card>
            <Card
              title={t('report.listTitle')}
              extra={
                task.abilities.report ? (
                  <Button size="small" onClick={() => openReport(null)}>
                    {t('exec.report')}
                  </Button>
                ) : null
              }
              loading={reports.loading && !reports.data}
            >
              <ReportsList
                task={task}
                reports={reportItems}
                onChanged={() => {
                  reports.reload();
                  loaded.reload();
                }}
                onCorrect={(r) => openReport(r)}
              />
            </Card>
            <SharesCard task={task} refresh={reports.data} />
            {task.coUnitIds.length > 0 ? <CooperationRatingsCard task={task} /> : null}
          </Flex>
        </Col>
        <Col xs={24} lg={9}>
          <Flex vertical gap={16}>
            <Card
              title={t('task.milestones')}
              extra={
                task.abilities.planMilestones ? (
                  <Button size="small" onClick={() => setPlanning(true)}>
                    {t('milestone.edit')}
                  </Button>
                ) : null
              }
            >
              <MilestoneTimeline task={task} onChanged={setTask} />
            </Card>
            <Card title={t('instruction.title')} loading={instructions.loading && !instructions.data}>
              <InstructionsList
                task={task}
                instructions={instructions.data?.items ?? []}
                onChanged={instructions.reload}
              />
            </Card>
            <CatchUpPlansCard taskId={task.id} />
            <Card title={t('request.title')} loading={requests.loading && !requests.data}>
              <RequestsList
                task={task}
                requests={requestItems}
                onChanged={() => {
                  requests.reload();
                  loaded.reload();
                }}
              />
            </Card>
          </Flex>
        </Col>
      </Row>

      <MilestoneEditor task={task} open={planning} onClose={() => setPlanning(false)} onSaved={setTask} />
      <ReportFormDrawer
        task={task}
        reports={reportItems}
        correcting={correcting}
        open={reportOpen}
        onClose={() => setReportOpen(false)}
        onSubmitted={() => {
          setReportOpen(false);
          reports.reload();
        }}
      />
      {isMobile ? <div style={{ height: 8 }} /> : null}
    </div>
  );
}
