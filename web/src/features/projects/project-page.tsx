import {
  ArrowLeftOutlined,
  EditOutlined,
  FormOutlined,
  NodeIndexOutlined,
  SafetyOutlined,
} from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Grid,
  Popconfirm,
  Row,
  Segmented,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { ProjectReviewButtons } from '../joint-reviews/project-review-buttons';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { projectsApi, type Project, type ProjectNode, type ProjectReport } from '../../api/projects';
import { useRequest } from '../../api/use-request';
import { errorMessage } from '../common/errors';
import { NotFoundResult } from '../common/status-results';
import { isVersionConflict, versionConflictText } from '../common/version-conflict';
import { CommentModal } from '../execution/comment-modal';
import { useT } from '../../i18n/i18n';
import { GanttChart } from './gantt-chart';
import { GanttLegend, GanttTable } from './gantt-table';
import { InvestmentChart } from './investment-chart';
import { NodesEditor } from './nodes-editor';
import { ProjectLight, StageTag } from './project-bits';
import { ProjectReportForm } from './project-report-form';
import { RaiseBlockerButton } from '../blockers/raise-blocker-button';
import { PhotoGallery, ProjectReports } from './project-reports';
import { ProjectSummaryCard, ResponsibilityCard } from './project-summary';
import { useReplan } from './use-replan';

const todayIso = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * 项目详情: header with stage and light (reasons on hover), what the project is, who is responsible, the
 * investment chart, the nodes with their Gantt chart, the monthly reports with review, and the photos.
 */
export function ProjectPage() {
  const t = useT();
  const { id = '' } = useParams();
  const loaded = useRequest((signal) => projectsApi.get(id, signal), [id]);
  const nodes = useRequest((signal) => projectsApi.nodes(id, signal), [id]);
  const reports = useRequest((signal) => projectsApi.reports(id, signal), [id]);
  const reloadAll = () => {
    loaded.reload();
    nodes.reload();
    reports.reload();
  };
  if (isApiError(loaded.error) && loaded.error.status === 404) return <NotFoundResult />;
  if (loaded.error && !loaded.loading)
    return (
      <Empty description={t('common.loadFailed', { message: errorMessage(t, loaded.error) })}>
        <Button onClick={loaded.reload}>{t('common.retry')}</Button>
      </Empty>
    );
  if (!loaded.data || loaded.data.id !== id) return <Skeleton active paragraph={{ rows: 10 }} />;
  return (
    <ProjectView
      project={loaded.data}
      nodes={nodes.data?.items ?? []}
      reports={reports.data?.items ?? []}
      reload={reloadAll}
    />
  );
}

function ProjectView({
  project: p,
  nodes,
  reports,
  reload,
}: {
  project: Project;
  nodes: readonly ProjectNode[];
  reports: readonly ProjectReport[];
  reload: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const isMobile = Grid.useBreakpoint().md === false;
  const [reporting, setReporting] = useState(false);
  const [correcting, setCorrecting] = useState<ProjectReport | null>(null);
  const [planning, setPlanning] = useState(false);
  const [rebaselining, setRebaselining] = useState(false);
  const [chosenView, setView] = useState<'chart' | 'table' | null>(null);
  // Phones start on the table (the breakpoint is known only after the first render).
  const view = chosenView ?? (isMobile ? 'table' : 'chart');
  const { replan, confirmDrag } = useReplan(reload);
  const canReplan = p.abilities.replan ? () => true : undefined;
  const sortedNodes = useMemo(() => [...nodes].sort((a, b) => a.sort - b.sort), [nodes]);
  const lines = useMemo(
    () => sortedNodes.map((n) => ({ key: n.id, label: n.name, projectId: p.id, nodes: [n] })),
    [sortedNodes, p.id],
  );

  const baseline = async (reason?: string) => {
    try {
      await projectsApi.baseline(p.id, p.version, reason);
      message.success(t('project.baselined'));
      reload();
    } catch (e) {
      if (isVersionConflict(e)) {
        message.warning(versionConflictText(t, e, false));
        reload();
      } else throw e;
    }
  };
  const remove = async () => {
    try {
      await projectsApi.remove(p.id, p.version);
      message.success(t('project.deleted'));
      void navigate('/projects');
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };

  return (
    <div className="luoshi-project-page">
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        style={{ paddingInline: 0, marginBottom: 8 }}
        onClick={() => navigate('/projects')}
      >
        {t('project.back')}
      </Button>
      <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
        <div style={{ minWidth: 0, flex: '1 1 420px' }}>
          <Flex align="center" gap={8} wrap style={{ marginBottom: 4 }}>
            <span className="luoshi-mono" style={{ color: '#1f4e8c' }}>
              {p.code}
            </span>
            <StageTag stage={p.stage} reason={p.stageReason} />
            <span data-testid="project-light">
              <ProjectLight light={p.light} reasons={p.lightReasons} />
            </span>
            {p.isPublic ? <Tag color="blue">{t('project.isPublic')}</Tag> : null}
          </Flex>
          <Typography.Title level={3} style={{ margin: 0, wordBreak: 'break-word' }}>
            {p.name}
          </Typography.Title>
        </div>
        <Flex gap={8} wrap>
          <RaiseBlockerButton projectId={p.id} />
          {p.abilities.report ? (
            <Button
              type="primary"
              icon={<FormOutlined />}
              onClick={() => {
                setCorrecting(null);
                setReporting(true);
              }}
            >
              {t('project.report')}
            </Button>
          ) : null}
          <ProjectReviewButtons projectId={p.id} canOpen={p.abilities.update} />
          {p.abilities.update ? (
            <Button icon={<EditOutlined />} onClick={() => navigate(`/projects/${p.id}/edit`)}>
              {t('common.edit')}
            </Button>
          ) : null}
          {p.abilities.planNodes ? (
            <Button icon={<NodeIndexOutlined />} onClick={() => setPlanning(true)}>
              {t('project.planNodes')}
            </Button>
          ) : null}
          {p.abilities.baseline && nodes.length > 0 ? (
            p.baselinedAt ? (
              <Button icon={<SafetyOutlined />} onClick={() => setRebaselining(true)}>
                {t('project.rebaseline')}
              </Button>
            ) : (
              <Popconfirm
                title={t('project.baselineConfirm')}
                okText={t('project.baseline')}
                onConfirm={() => baseline().catch((e: unknown) => message.error(errorMessage(t, e)))}
              >
                <Button icon={<SafetyOutlined />}>{t('project.setBaseline')}</Button>
              </Popconfirm>
            )
          ) : null}
          {p.abilities.delete ? (
            <Popconfirm
              title={t('project.deleteConfirm', { name: p.name })}
              okButtonProps={{ danger: true }}
              okText={t('common.delete')}
              onConfirm={() => remove()}
            >
              <Button danger>{t('common.delete')}</Button>
            </Popconfirm>
          ) : null}
        </Flex>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={16}>
            <ProjectSummaryCard project={p} />
            <Card title={t('project.sectionInvestment')} size="small">
              <InvestmentChart project={p} reports={reports} />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16}>
            <ResponsibilityCard project={p} />
            <PhotoGallery project={p} reports={reports} />
          </Flex>
        </Col>
        <Col span={24}>
          <Card
            title={t('project.sectionNodes')}
            size="small"
            extra={
              <Segmented<'chart' | 'table'>
                size="small"
                value={view}
                onChange={(v) => setView(v)}
                options={[
                  { value: 'chart', label: t('project.viewChart') },
                  { value: 'table', label: t('project.viewTable') },
                ]}
              />
            }
          >
            {sortedNodes.length === 0 ? (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={p.abilities.planNodes ? t('project.nodesEmptyOffice') : t('project.nodesEmpty')}
              >
                {p.abilities.planNodes ? (
                  <Button type="primary" onClick={() => setPlanning(true)}>
                    {t('project.planNodes')}
                  </Button>
                ) : null}
              </Empty>
            ) : view === 'chart' ? (
              <>
                <GanttChart
                  lines={lines}
                  today={todayIso()}
                  ariaLabel={t('project.ganttAria', { count: sortedNodes.length })}
                  labelWidth={isMobile ? 100 : 160}
                  canReplan={canReplan}
                  onReplan={confirmDrag}
                />
                <GanttLegend draggable={Boolean(canReplan)} />
              </>
            ) : (
              <GanttTable
                rows={sortedNodes.map((node) => ({ node, projectId: p.id }))}
                canReplan={canReplan}
                onReplan={(n, s, e) => void replan(n, s, e)}
              />
            )}
          </Card>
        </Col>
        <Col span={24}>
          <Card title={t('project.sectionReports')} size="small">
            <ProjectReports
              project={p}
              reports={reports}
              nodes={sortedNodes}
              onChanged={reload}
              onCorrect={(r) => {
                setCorrecting(r);
                setReporting(true);
              }}
            />
          </Card>
        </Col>
      </Row>
      <ProjectReportForm
        open={reporting}
        project={p}
        nodes={sortedNodes}
        correcting={correcting}
        onClose={() => setReporting(false)}
        onSaved={reload}
      />
      <NodesEditor
        open={planning}
        project={p}
        nodes={sortedNodes}
        onClose={() => setPlanning(false)}
        onSaved={reload}
      />
      <CommentModal
        open={rebaselining}
        title={t('project.rebaseline')}
        label={t('project.rebaselineReason')}
        required
        serverField="reason"
        okText={t('project.rebaseline')}
        onClose={() => setRebaselining(false)}
        onSubmit={(reason) => baseline(reason)}
      />
    </div>
  );
}
