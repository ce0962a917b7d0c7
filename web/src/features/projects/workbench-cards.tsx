import { Empty, Flex, List, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { projectsApi, type ProjectSummary } from '../../api/projects';
import type { Query } from '../../api/client';
import { useRequest } from '../../api/use-request';
import { useMe } from '../auth/session';
import { errorMessage } from '../common/errors';
import { useT, type MessageKey } from '../../i18n/i18n';
import { formatWan, stageLabel } from './labels';
import { ProjectLight } from './project-bits';

const ORDER = { red: 0, yellow: 1, green: 2 } as const;
const MAX_ROWS = 5;

/** A workbench list of projects (red first): name, stage and the year's money, the light beside. */
function ProjectsCard({ query, emptyKey }: { query: Query; emptyKey: MessageKey }) {
  const t = useT();
  const list = useRequest(
    (signal) => projectsApi.list({ ...query, pageSize: 50 }, signal),
    [JSON.stringify(query)],
  );
  const rows = [...(list.data?.items ?? [])].sort((a, b) => ORDER[a.light] - ORDER[b.light]);
  if (list.loading && !list.data) return <Skeleton active paragraph={{ rows: 2 }} title={false} />;
  if (list.error)
    return (
      <Typography.Text type="secondary">
        {t('common.loadFailed', { message: errorMessage(t, list.error) })}
      </Typography.Text>
    );
  if (rows.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(emptyKey)} style={{ margin: 0 }} />;
  return (
    <List<ProjectSummary>
      size="small"
      dataSource={rows.slice(0, MAX_ROWS)}
      renderItem={(p) => (
        <List.Item style={{ paddingInline: 0, display: 'block' }}>
          <Flex justify="space-between" align="flex-start" gap={8}>
            <div style={{ minWidth: 0 }}>
              <Link to={`/projects/${p.id}`} className="luoshi-ellipsis" style={{ maxWidth: '100%' }}>
                {p.name}
              </Link>
              <div style={{ fontSize: 12, color: '#595959' }}>
                {stageLabel(t, p.stage)} ·{' '}
                {t('project.planVsDone', {
                  done: formatWan(p.completedThisYear),
                  plan: formatWan(p.annualPlan),
                })}
              </div>
            </div>
            <div style={{ flex: 'none' }}>
              <ProjectLight light={p.light} reasons={p.lightReasons} />
            </div>
          </Flex>
        </List.Item>
      )}
    />
  );
}

/** 本单位重点项目: the projects the unit holds a role in (the server decides which). */
export function UnitProjectsCard() {
  return <ProjectsCard query={{}} emptyKey="project.wbUnitEmpty" />;
}

/** 分包项目: the projects the leader contracts. */
export function LeaderProjectsCard() {
  const me = useMe();
  return <ProjectsCard query={{ leaderId: me.id }} emptyKey="project.wbLeaderEmpty" />;
}

/** 红灯项目: the office's projects lit red. */
export function RedProjectsCard() {
  return <ProjectsCard query={{ light: 'red' }} emptyKey="project.wbRedEmpty" />;
}
