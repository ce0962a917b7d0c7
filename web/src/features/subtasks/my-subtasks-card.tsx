import { Alert, Card, Empty } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { subtasksApi, type MySubtaskList, type Subtask } from '../../api/subtasks';
import { useT } from '../../i18n/i18n';
import { isApiError } from '../../api/client';
import { errorMessage } from '../common/errors';
import { SubtaskList } from './subtask-list';
import { SubtaskProgressModal } from './progress-modal';

/** The sub-tasks given to the caller's section or to the caller, each with its progress button. */
function useMySubtasks() {
  const t = useT();
  const [data, setData] = useState<MySubtaskList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    // The office and leaders are refused (403): they have no sub-tasks of their own, so no card.
    subtasksApi
      .mine()
      .then(setData)
      .catch((e: unknown) => {
        if (!isApiError(e) || e.status !== 403) setError(errorMessage(t, e));
      });
  }, [t]);
  useEffect(load, [load]);
  return { data, error, load };
}

function MySubtasksBody({ data, error, load }: ReturnType<typeof useMySubtasks>) {
  const [updating, setUpdating] = useState<Subtask | null>(null);
  return (
    <>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      {data ? <SubtaskList items={data.items} showTask onProgress={setUpdating} /> : null}
      <SubtaskProgressModal
        subtask={updating}
        onClose={() => setUpdating(null)}
        onSaved={() => {
          setUpdating(null);
          load();
        }}
      />
    </>
  );
}

/** 我的子任务 on the workbench of unit people: what is given to their section or to them; shown when any. */
export function MySubtasksCard() {
  const t = useT();
  const state = useMySubtasks();
  if (!state.error && (!state.data || state.data.items.length === 0)) return null;
  return (
    <Card title={t('subtask.mine')} data-testid="my-subtasks">
      <MySubtasksBody {...state} />
    </Card>
  );
}

/** The section workbench's card body (科室): its sub-tasks, or what will be here while there are none. */
export function SectionSubtasksBody() {
  const t = useT();
  const state = useMySubtasks();
  if (state.data && state.data.items.length === 0 && !state.error)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('section.subtasksEmpty')}
        style={{ margin: 0 }}
      />
    );
  return (
    <div data-testid="section-subtasks">
      <MySubtasksBody {...state} />
    </div>
  );
}
