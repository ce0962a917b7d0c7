import { DownloadOutlined, ExperimentOutlined, SendOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Grid, Popconfirm, Row, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { isApiError, saveBlob } from '../api/client';
import { decisionsApi, tasksApi } from '../api/endpoints';
import type { IncompleteTask, Task } from '../api/types';
import { useRequest } from '../api/use-request';
import { useAllUnits } from '../features/admin/use-all-units';
import { useMe } from '../features/auth/session';
import { errorMessage } from '../features/common/errors';
import { ReviewSections } from '../features/decisions/review-sections';
import { PageSpinner } from '../features/common/page-spinner';
import { PageTitle } from '../features/common/page-title';
import { NotFoundResult } from '../features/common/status-results';
import { BulkBar } from '../features/decisions/bulk-bar';
import { DecisionFacts } from '../features/decisions/decision-facts';
import { DeleteDecisionButton } from '../features/decisions/delete-decision-button';
import { DisclosureDrawer } from '../features/decisions/disclosure-drawer';
import { DraftActions, useDraftRemoval } from '../features/decisions/draft-actions';
import { ExtractProgress } from '../features/decisions/extract-progress';
import { ImportModal } from '../features/decisions/import-modal';
import { IncompleteDialog, incompleteTasksOf, PublishedDialog } from '../features/decisions/publish-dialogs';
import { SourceText } from '../features/decisions/source-text';
import { TaskEditDrawer } from '../features/decisions/task-edit-drawer';
import { missingFields, NoTasks, TaskList } from '../features/decisions/task-list';
import { outlineSections } from '../features/tasks/labels';
import { useLeaders } from '../features/tasks/pickers';
import { useT } from '../i18n/i18n';

/** Replaces tasks by id, keeping the order of the list. */
function merge(list: readonly Task[], changed: readonly Task[]): Task[] {
  const byId = new Map(changed.map((task) => [task.id, task]));
  return list.map((task) => byId.get(task.id) ?? task);
}

/**
 * 决策部署 · 任务分解: the decision's facts and actions; the draft task list by section on the left and the
 * report's text on the right, linked both ways; editing, bulk assignment, import/export and publishing.
 */
export function DecisionDetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const isWide = screens.lg !== false;
  const canManage = me.abilities.manageDecisions;

  const decision = useRequest((signal) => decisionsApi.get(id, signal), [id]);
  const [tasks, setTasks] = useState<Task[] | null>(null);
  const [tasksError, setTasksError] = useState<unknown>(null);
  const { units, byId: unitsById } = useAllUnits();
  const { leaders } = useLeaders(canManage);

  const [activeId, setActiveId] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [disclosureOpen, setDisclosureOpen] = useState(false);
  const [editing, setEditing] = useState<Task | null>(null);
  const [extracting, setExtracting] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const [incomplete, setIncomplete] = useState<IncompleteTask[] | null>(null);
  const [published, setPublished] = useState<Task[] | null>(null);

  const loadTasks = useCallback(async () => {
    setTasksError(null);
    try {
      const all = await tasksApi.listAll({ decisionId: id });
      setTasks(all);
      // Forget selections of tasks that are gone.
      setSelected((prev) => new Set([...prev].filter((x) => all.some((task) => task.id === x))));
    } catch (e) {
      setTasksError(e);
    }
  }, [id]);

  useEffect(() => {
    setTasks(null);
    setSelected(new Set());
    setActiveId(null);
    void loadTasks();
  }, [loadTasks]);

  const reloadAll = () => {
    decision.reload();
    void loadTasks();
  };
  const { deletingId, remove } = useDraftRemoval((gone) => {
    setTasks((prev) => (prev ?? []).filter((x) => x.id !== gone));
    setSelected((prev) => new Set([...prev].filter((x) => x !== gone)));
    decision.reload();
  }, reloadAll);

  const list = useMemo(() => tasks ?? [], [tasks]);
  const drafts = list.filter((task) => task.status === 'draft');
  const incompleteCount = drafts.filter((task) => missingFields(task, unitsById).length > 0).length;
  const selectedTasks = list.filter((task) => selected.has(task.id));
  const reviewSections = useMemo(
    () => outlineSections(decision.data?.outline).filter((s) => s.kind === 'review'),
    [decision.data],
  );

  if (decision.error && isApiError(decision.error) && decision.error.status === 404)
    return <NotFoundResult />;
  if (!decision.data) {
    if (decision.error) {
      return (
        <Empty description={t('common.loadFailed', { message: errorMessage(t, decision.error) })}>
          <Button onClick={decision.reload}>{t('common.retry')}</Button>
        </Empty>
      );
    }
    return <PageSpinner />;
  }
  const d = decision.data;

  const extract = async () => {
    setExtracting(true);
    try {
      const result = await decisionsApi.extract(id);
      setTasks((prev) => [...(prev ?? []).filter((task) => task.status !== 'draft'), ...result.tasks]);
      setSelected(new Set());
      setActiveId(null);
      message.success(
        result.kept > 0 || result.removed > 0
          ? t('extract.doneAgain', { created: result.created, kept: result.kept, removed: result.removed })
          : t('extract.done', { created: result.created }),
      );
      reloadAll();
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setExtracting(false);
    }
  };

  const publish = async () => {
    setPublishing(true);
    try {
      const result = await decisionsApi.publish(id);
      setPublished(result.tasks);
      setSelected(new Set());
      reloadAll();
    } catch (e) {
      if (isApiError(e) && e.code === 'PUBLISH_INCOMPLETE') {
        setIncomplete(incompleteTasksOf(e.details));
      } else if (isApiError(e) && e.code === 'NOTHING_TO_PUBLISH') {
        message.info(t('publish.nothing'));
      } else {
        message.error(errorMessage(t, e));
      }
    } finally {
      setPublishing(false);
    }
  };

  const exportLedger = async () => {
    setExporting(true);
    try {
      const { blob, fileName } = await tasksApi.exportLedger({ decisionId: id });
      saveBlob(blob, fileName);
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setExporting(false);
    }
  };

  const select = (ids: string[], checked: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      for (const x of ids) {
        if (checked) next.add(x);
        else next.delete(x);
      }
      return next;
    });

  const jumpTo = (taskId: string) => {
    setIncomplete(null);
    setActiveId(taskId);
    const task = list.find((x) => x.id === taskId);
    if (task && canManage) setEditing(task);
  };

  const hasTasks = list.length > 0;
  const paneHeight = 'calc(100vh - 200px)';

  const actions = (
    <>
      {canManage ? (
        d.taskCounts.total > 0 || d.extractedAt ? (
          <Popconfirm
            title={t('extract.againConfirmTitle')}
            description={<div style={{ maxWidth: 320 }}>{t('extract.againConfirm')}</div>}
            okText={t('extract.again')}
            cancelText={t('common.cancel')}
            onConfirm={() => void extract()}
            disabled={!d.hasText}
          >
            <Button icon={<ExperimentOutlined />} loading={extracting} disabled={!d.hasText}>
              {t('extract.again')}
            </Button>
          </Popconfirm>
        ) : (
          <Button
            type={hasTasks ? 'default' : 'primary'}
            icon={<ExperimentOutlined />}
            loading={extracting}
            disabled={!d.hasText}
            onClick={() => void extract()}
          >
            {t('extract.run')}
          </Button>
        )
      ) : null}
      {canManage ? (
        <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)} disabled={extracting}>
          {t('import.open')}
        </Button>
      ) : null}
      <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportLedger()}>
        {t('decision.export')}
      </Button>
      <DeleteDecisionButton decision={d} onStale={reloadAll} />
      {canManage ? <Button onClick={() => setDisclosureOpen(true)}>{t('disclosure.open')}</Button> : null}
      {canManage ? (
        <Popconfirm
          title={t('publish.confirmTitle')}
          description={<div style={{ maxWidth: 320 }}>{t('publish.confirm', { count: drafts.length })}</div>}
          okText={t('publish.run')}
          cancelText={t('common.cancel')}
          onConfirm={() => void publish()}
          disabled={drafts.length === 0}
        >
          <Button
            type="primary"
            icon={<SendOutlined />}
            loading={publishing}
            disabled={drafts.length === 0 || extracting}
          >
            {t('publish.run')}
          </Button>
        </Popconfirm>
      ) : null}
    </>
  );

  return (
    <>
      <PageTitle title={d.title} extra={actions} />
      <DisclosureDrawer decisionId={d.id} open={disclosureOpen} onClose={() => setDisclosureOpen(false)} />
      <DecisionFacts decision={d} />
      <ExtractProgress running={extracting} textLength={d.text?.length ?? 0} />
      {canManage && drafts.length > 0 && incompleteCount > 0 ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16, background: '#f3f7fc', borderColor: '#c4d3e8' }}
          title={t('decision.incompleteHint', { count: incompleteCount, total: drafts.length })}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card
            title={t('decision.tasksTitle')}
            extra={
              hasTasks ? (
                <Space size={4}>
                  <Tag>{t('decision.draftCount', { count: drafts.length })}</Tag>
                  <Tag color="blue">
                    {t('decision.publishedCount', { count: list.length - drafts.length })}
                  </Tag>
                </Space>
              ) : null
            }
          >
            {canManage && selectedTasks.length > 0 ? (
              <BulkBar
                selected={selectedTasks}
                units={units}
                leaders={leaders}
                onClear={() => setSelected(new Set())}
                onApplied={(changed) => {
                  setTasks((prev) => merge(prev ?? [], changed));
                  setSelected(new Set());
                  decision.reload();
                }}
                onStale={() => void loadTasks()}
                extra={
                  <DraftActions
                    decisionId={id}
                    selected={selectedTasks}
                    onStale={() => void loadTasks()}
                    onChanged={(gone, merged) => {
                      setTasks((prev) =>
                        merge(prev ?? [], merged ? [merged] : []).filter((task) => !gone.includes(task.id)),
                      );
                      setSelected(new Set());
                      decision.reload();
                    }}
                  />
                }
              />
            ) : null}
            {tasksError ? (
              <Empty description={t('common.loadFailed', { message: errorMessage(t, tasksError) })}>
                <Button onClick={() => void loadTasks()}>{t('common.retry')}</Button>
              </Empty>
            ) : tasks === null ? (
              <PageSpinner />
            ) : hasTasks ? (
              <TaskList
                tasks={list}
                unitsById={unitsById}
                activeId={activeId}
                selected={selected}
                canManage={canManage}
                deletingId={deletingId}
                onActivate={setActiveId}
                onSelect={select}
                onEdit={setEditing}
                onDelete={(task) => void remove(task)}
              />
            ) : (
              <NoTasks hasText={d.hasText} canManage={canManage} />
            )}
            <ReviewSections
              decisionId={d.id}
              sections={reviewSections}
              text={d.text}
              canManage={canManage}
              onCreated={() => void loadTasks()}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title={t('decision.sourceText')}
            style={isWide ? { position: 'sticky', top: 72 } : undefined}
            extra={
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('decision.sourceHint')}
              </Typography.Text>
            }
          >
            <SourceText
              text={d.text}
              tasks={list}
              activeId={activeId}
              onPick={setActiveId}
              height={isWide ? paneHeight : '60vh'}
            />
          </Card>
        </Col>
      </Row>
      <TaskEditDrawer
        task={editing}
        units={units}
        leaders={leaders}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          setTasks((prev) => merge(prev ?? [], [saved]));
          decision.reload();
        }}
      />
      <ImportModal
        decisionId={id}
        open={importOpen}
        onClose={() => setImportOpen(false)}
        onImported={() => {
          setImportOpen(false);
          reloadAll();
        }}
      />
      <IncompleteDialog
        tasks={incomplete}
        onClose={() => setIncomplete(null)}
        onJump={jumpTo}
        onSelectAll={(ids) => {
          setIncomplete(null);
          setSelected(new Set(ids));
          setActiveId(ids[0] ?? null);
        }}
      />
      <PublishedDialog decisionId={id} tasks={published} onClose={() => setPublished(null)} />
    </>
  );
}
