import { Card, Descriptions, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Project } from '../../api/projects';
import { useT } from '../../i18n/i18n';
import { formatDateTime } from '../common/format';
import { formatWan, sourceLabel, unitRoleLabel } from './labels';
import { useTasksById } from './task-picker';

/** 项目概况: what the project is, its money and dates, the expected outputs. */
export function ProjectSummaryCard({ project: p }: { project: Project }) {
  const t = useT();
  const tasks = useTasksById(p.taskIds);
  const wan = (v: string) => `${formatWan(v)} ${t('project.wanUnit')}`;
  return (
    <Card title={t('project.sectionBasic')} size="small">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          { key: 'type', label: t('project.type'), children: p.type },
          { key: 'source', label: t('project.source'), children: sourceLabel(t, p.source) },
          { key: 'year', label: t('project.year'), children: p.year },
          { key: 'total', label: t('project.totalInvestment'), children: wan(p.totalInvestment) },
          { key: 'annual', label: t('project.annualPlan'), children: wan(p.annualPlan) },
          { key: 'carry', label: t('project.carryOver'), children: wan(p.carryOver) },
          {
            key: 'done',
            label: t('project.completedThisYear'),
            children: `${wan(p.completedThisYear)}（${p.progressPct}%）`,
          },
          { key: 'toDate', label: t('project.planToDate'), children: wan(p.planToDate) },
          {
            key: 'dates',
            label: t('project.plannedDates'),
            children: `${p.plannedStart ?? '—'} ~ ${p.plannedEnd ?? '—'}`,
          },
          { key: 'owner', label: t('project.ownerEnterprise'), children: p.ownerEnterprise ?? '—' },
          { key: 'address', label: t('project.address'), children: p.address ?? '—' },
          {
            key: 'baseline',
            label: t('project.baselinedAt'),
            children: p.baselinedAt ? formatDateTime(p.baselinedAt) : t('project.notBaselined'),
          },
          ...(p.stageReason
            ? [{ key: 'reason', label: t('project.stageReason'), children: p.stageReason, span: 3 }]
            : []),
        ]}
      />
      {tasks.size > 0 ? (
        <div style={{ margin: '8px 0' }}>
          <Typography.Text strong>{t('project.tasks')}</Typography.Text>
          {[...tasks.values()].map((task) => (
            <div key={task.id}>
              <Link to={`/tasks/${task.id}`}>
                {task.code ? `${task.code} ` : ''}
                {task.title}
              </Link>
            </div>
          ))}
        </div>
      ) : null}
      {p.targets.length > 0 ? (
        <div style={{ marginTop: 8 }}>
          <Typography.Text strong>{t('project.sectionTargets')}</Typography.Text>
          <div style={{ marginTop: 4 }}>
            {p.targets.map((x) => (
              <Tag key={x.id} style={{ marginBottom: 4 }}>
                {x.indicator}
                {t('common.colon')}
                {x.targetValue === null ? t('project.targetPending') : `${x.targetValue}${x.unit}`}
              </Tag>
            ))}
          </div>
        </div>
      ) : null}
    </Card>
  );
}

/** 责任体系: 区级领导分包, 办事处主体推进, 指挥部, 委局业务指导, the contact. */
export function ResponsibilityCard({ project: p }: { project: Project }) {
  const t = useT();
  const units = (role: 'street' | 'command_post' | 'guide') =>
    p.units
      .filter((u) => u.role === role)
      .map((u) => u.unitName)
      .join('、') || '—';
  return (
    <Card title={t('project.sectionResponsibility')} size="small">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'leaders', label: t('project.leaders'), children: p.leaderNames.join('、') || '—' },
          { key: 'street', label: unitRoleLabel(t, 'street'), children: p.streetUnitName ?? units('street') },
          { key: 'cp', label: unitRoleLabel(t, 'command_post'), children: units('command_post') },
          { key: 'guide', label: unitRoleLabel(t, 'guide'), children: units('guide') },
          {
            key: 'contact',
            label: t('project.contactName'),
            children: p.contactName
              ? `${p.contactName}${p.contactPhone ? `（${p.contactPhone}）` : ''}`
              : '—',
          },
        ]}
      />
    </Card>
  );
}
