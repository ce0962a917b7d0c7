import { Alert, App, Button, Card, Empty, Flex, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { subtasksApi, type Subtask, type SubtaskTree } from '../../api/subtasks';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { SubtaskFormModal } from './subtask-form';
import { SubtaskList } from './subtask-list';
import { SubtaskProgressModal } from './progress-modal';
import { ResponsibleUserButton } from './responsible-user';
import type { Task } from '../../api/types';

/**
 * 任务分解（一级抓一级） on the task page: the sub-tasks the viewer sees (the office all, read-only), the
 * roll-up suggestion, the split form for the lead unit and co-units, progress updates and deletion.
 */
export function SubtasksCard({ task, onTask }: { task: Task; onTask: (next: Task) => void }) {
  const taskId = task.id;
  const t = useT();
  const { message } = App.useApp();
  const [tree, setTree] = useState<SubtaskTree | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [splitting, setSplitting] = useState(false);
  const [updating, setUpdating] = useState<Subtask | null>(null);
  const load = useCallback(() => {
    subtasksApi
      .tree(taskId)
      .then((next) => {
        setTree(next);
        setError(null);
      })
      .catch((e: unknown) => setError(errorMessage(t, e)));
  }, [taskId, t]);
  useEffect(load, [load]);

  const remove = async (s: Subtask) => {
    try {
      await subtasksApi.remove(s.id);
      void message.success(t('subtask.deleted'));
      load();
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };
  const units = new Set(tree?.items.map((s) => s.unitId));

  return (
    <Card
      title={t('subtask.title')}
      loading={!tree && !error}
      style={{ marginBottom: 16 }}
      data-testid="subtasks-card"
      className="luoshi-card-wrap-head"
      extra={
        <Flex gap={8} wrap justify="flex-end">
          {tree?.abilities.setResponsible ? (
            <ResponsibleUserButton task={task} tree={tree} onTask={onTask} />
          ) : null}
          {tree?.abilities.create ? (
            <Button size="small" type="primary" onClick={() => setSplitting(true)}>
              {t('subtask.split')}
            </Button>
          ) : null}
        </Flex>
      }
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      {tree && tree.suggestedProgress !== null ? (
        <Tag color="geekblue" style={{ marginBottom: 12 }} data-testid="subtask-suggestion">
          {t('subtask.suggest', { percent: tree.suggestedProgress })}
        </Tag>
      ) : null}
      {tree && tree.items.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={tree.abilities.create ? t('subtask.empty') : t('subtask.emptyReadOnly')}
        />
      ) : null}
      {tree && tree.items.length > 0 ? (
        <SubtaskList
          items={tree.items}
          showUnit={units.size > 1 || !tree.abilities.create}
          onProgress={setUpdating}
          onDelete={(s) => void remove(s)}
        />
      ) : null}
      {tree ? (
        <SubtaskFormModal
          tree={tree}
          open={splitting}
          onClose={() => setSplitting(false)}
          onSaved={() => {
            setSplitting(false);
            load();
          }}
        />
      ) : null}
      <SubtaskProgressModal
        subtask={updating}
        onClose={() => setUpdating(null)}
        onSaved={() => {
          setUpdating(null);
          load();
        }}
      />
    </Card>
  );
}

/** 子任务进度建议 in the report form: the roll-up the unit may take as the period's progress. */
export function SubtaskRollupHint({ taskId, onAccept }: { taskId: string; onAccept: (p: number) => void }) {
  const t = useT();
  const [percent, setPercent] = useState<number | null>(null);
  useEffect(() => {
    subtasksApi
      .tree(taskId)
      .then((tree) => setPercent(tree.suggestedProgress))
      .catch(() => setPercent(null));
  }, [taskId]);
  if (percent === null) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="subtask-rollup-hint"
      title={t('subtask.hint', { percent })}
      action={
        <Button size="small" onClick={() => onAccept(percent)}>
          {t('subtask.accept')}
        </Button>
      }
    />
  );
}
