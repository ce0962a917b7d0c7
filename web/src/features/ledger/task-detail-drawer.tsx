import { Button, Descriptions, Drawer, Empty, Grid, List, Progress, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { Task, Unit } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { formatDate } from '../common/format';
import { formatTargetValue, sourceLabel, STATUS_COLORS, statusLabel } from '../tasks/labels';
import { LightTag } from '../tasks/light-tag';
import { AcceptanceSummary } from '../acceptance/acceptance-summary';
import { ResponsibilitySection } from './responsibility-section';
import { SubtasksSection } from './subtasks-section';

/** A task as the ledger shows it, read-only: content, targets, milestones, units, dates. */
export function TaskDetailDrawer({
  task,
  unitsById,
  onClose,
}: {
  task: Task | null;
  unitsById: ReadonlyMap<string, Unit>;
  onClose: () => void;
}) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const navigate = useNavigate();
  return (
    <Drawer
      open={task !== null}
      onClose={onClose}
      size={screens.md === false ? '100%' : 640}
      title={task ? (task.code ? `${task.code} · ${task.title}` : task.title) : ''}
      extra={
        task && task.status !== 'draft' ? (
          <Button type="primary" size="small" onClick={() => navigate(`/tasks/${task.id}`)}>
            {t('taskPage.open')}
          </Button>
        ) : null
      }
    >
      {task ? (
        <>
          <Descriptions
            size="small"
            column={1}
            bordered
            styles={{ label: { width: 120 } }}
            items={[
              {
                key: 'status',
                label: t('common.status'),
                children: <Tag color={STATUS_COLORS[task.status]}>{statusLabel(t, task.status)}</Tag>,
              },
              {
                key: 'light',
                label: t('task.light'),
                children: <LightTag light={task.light} reasons={task.lightReasons} />,
              },
              {
                key: 'progress',
                label: t('task.progress'),
                children: <Progress percent={task.progress} size="small" />,
              },
              { key: 'lead', label: t('task.leadUnit'), children: task.leadUnitName ?? '—' },
              {
                key: 'co',
                label: t('task.coUnits'),
                children:
                  task.coUnitIds.length > 0
                    ? task.coUnitIds.map((id) => unitsById.get(id)?.name ?? t('task.unknownUnit')).join('、')
                    : '—',
              },
              { key: 'leader', label: t('task.leadLeader'), children: task.leadLeaderName ?? '—' },
              { key: 'person', label: t('task.responsiblePerson'), children: task.responsiblePerson ?? '—' },
              {
                key: 'dates',
                label: t('task.period'),
                children: `${task.startDate ?? '—'} ~ ${task.dueDate ?? '—'}`,
              },
              ...(task.originalDueDate && task.originalDueDate !== task.dueDate
                ? [{ key: 'orig', label: t('task.originalDueDate'), children: task.originalDueDate }]
                : []),
              { key: 'source', label: t('task.source'), children: sourceLabel(t, task.source) },
              ...(task.sectionPath.length > 0
                ? [{ key: 'section', label: t('task.section'), children: task.sectionPath.join(' › ') }]
                : []),
              ...(task.publishedAt
                ? [{ key: 'published', label: t('task.publishedAt'), children: formatDate(task.publishedAt) }]
                : []),
              ...(task.status === 'completed' || task.status === 'completion_requested'
                ? [
                    {
                      key: 'acceptance',
                      label: t('acceptance.record'),
                      children: <AcceptanceSummary taskId={task.id} />,
                    },
                  ]
                : []),
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {t('task.content')}
          </Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', lineHeight: 1.8 }}>
            {task.content ?? task.title}
          </Typography.Paragraph>
          <Typography.Title level={5}>{t('task.targets')}</Typography.Title>
          {task.targets.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('task.noTargets')} />
          ) : (
            <List
              size="small"
              bordered
              dataSource={task.targets}
              renderItem={(g) => (
                <List.Item>
                  <List.Item.Meta
                    title={g.indicator}
                    description={
                      [
                        g.baseline !== null ? t('task.baselineValue', { value: g.baseline }) : null,
                        g.currentValue !== null ? t('task.currentValue', { value: g.currentValue }) : null,
                        g.deadline ? t('task.deadlineValue', { date: g.deadline }) : (g.deadlineText ?? null),
                      ]
                        .filter(Boolean)
                        .join(' · ') || undefined
                    }
                  />
                  <Typography.Text strong>{formatTargetValue(t, g)}</Typography.Text>
                </List.Item>
              )}
            />
          )}
          {task.status !== 'draft' ? <ResponsibilitySection taskId={task.id} /> : null}
          {task.status !== 'draft' ? <SubtasksSection taskId={task.id} /> : null}
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {t('task.milestones')}
          </Typography.Title>
          {task.milestones.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('task.noMilestones')} />
          ) : (
            <List
              size="small"
              bordered
              dataSource={task.milestones}
              renderItem={(m) => (
                <List.Item>
                  <span>{m.title}</span>
                  <span>
                    {m.dueDate}
                    {m.completedAt ? (
                      <Tag color="cyan" style={{ marginLeft: 8 }}>
                        {t('task.milestoneDone')}
                      </Tag>
                    ) : null}
                  </span>
                </List.Item>
              )}
            />
          )}
        </>
      ) : null}
    </Drawer>
  );
}
