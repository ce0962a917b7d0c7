import { Progress, Tag, Tooltip, Typography } from 'antd';
import type { ProjectLightReason, ProjectStage, ProjectSummary } from '../../api/projects';
import { useT } from '../../i18n/i18n';
import { LIGHT_COLORS } from '../../theme';
import { lightLabel } from '../tasks/light-tag';
import { formatWan, projectReasonLabel, STAGE_COLORS, stageLabel } from './labels';

/** 红灯/黄灯/绿灯 of a project: the dot, the word, the reasons on hover (never colour alone). */
export function ProjectLight({
  light,
  reasons,
}: {
  light: ProjectSummary['light'];
  reasons: readonly ProjectLightReason[];
}) {
  const t = useT();
  const label = lightLabel(t, light);
  const why = reasons.map((r) => projectReasonLabel(t, r)).join('、');
  const body = (
    <span
      className={`luoshi-project-light luoshi-light-${light}`}
      aria-label={why ? `${label}：${why}` : label}
      tabIndex={why ? 0 : undefined}
      style={{ whiteSpace: 'nowrap', display: 'inline-flex', alignItems: 'center', gap: 6 }}
    >
      <span
        aria-hidden
        style={{ width: 10, height: 10, borderRadius: '50%', background: LIGHT_COLORS[light] }}
      />
      <span style={{ fontWeight: 600 }}>{label}</span>
    </span>
  );
  if (!why) return body;
  return (
    <Tooltip
      title={reasons.map((r) => (
        <div key={r}>· {projectReasonLabel(t, r)}</div>
      ))}
    >
      {body}
    </Tooltip>
  );
}

export function StageTag({ stage, reason }: { stage: ProjectStage; reason?: string | null }) {
  const t = useT();
  const tag = (
    <Tag color={STAGE_COLORS[stage]} style={{ marginInlineEnd: 0 }}>
      {stageLabel(t, stage)}
    </Tag>
  );
  return reason ? <Tooltip title={reason}>{tag}</Tooltip> : tag;
}

/** 年度计划 vs 完成: "完成 1,200.00 / 计划 3,000.00 万元" with the bar (capped at 100 for the bar). */
export function PlanProgress({ project, compact }: { project: ProjectSummary; compact?: boolean }) {
  const t = useT();
  return (
    <div style={{ minWidth: 0 }}>
      <Typography.Text style={{ fontSize: compact ? 12 : 13 }}>
        {t('project.planVsDone', {
          done: formatWan(project.completedThisYear),
          plan: formatWan(project.annualPlan),
        })}
      </Typography.Text>
      <Progress
        percent={Math.min(100, project.progressPct)}
        format={() => `${project.progressPct}%`}
        size="small"
        aria-label={t('project.progress')}
      />
    </div>
  );
}
