import { FlagOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Task } from '../../api/types';
import { useT, type Translate } from '../../i18n/i18n';
import { lightLabel, lightReasonLabel } from '../tasks/light-tag';
import { CaseFormDrawer, type CaseDraft } from './case-form';
import { addDays, today } from './labels';

/** Days a unit gets to answer a case opened from a warning light. */
const DAYS_TO_ANSWER = 15;

/** The case a red or yellow task suggests: 关于…的督办, warning, general, the task, 15 days. */
export function caseDraftFromTask(
  t: Translate,
  task: Pick<Task, 'id' | 'code' | 'title' | 'light' | 'lightReasons'>,
): CaseDraft {
  const deadline = addDays(today(), DAYS_TO_ANSWER);
  const light = task.light ? lightLabel(t, task.light) : '';
  const reasons = task.lightReasons.map((r) => lightReasonLabel(t, r)).join('、');
  return {
    title: t('case.titleFromTask', { title: task.title }),
    origin: 'warning',
    level: 'general',
    deadline,
    requirements: reasons
      ? t('case.requirementsFromTask', { light, reasons, deadline })
      : t('case.requirementsFromTaskNoReason', { light, deadline }),
    tasks: [{ id: task.id, code: task.code, title: task.title }],
  };
}

/**
 * 督办: one click on a red or yellow task opens the new-case form filled in from it; 交办 confirms it and
 * goes to the case. Shown only to the supervision office and only for a task with a warning light.
 */
export function OpenCaseButton({
  task,
  size = 'middle',
}: {
  task: Pick<Task, 'id' | 'code' | 'title' | 'light' | 'lightReasons' | 'status' | 'abilities'>;
  size?: 'small' | 'middle';
}) {
  const t = useT();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<CaseDraft | null>(null);
  // Offered where it is needed: on a task whose light warns.
  if (!task.abilities.openCase || (task.light !== 'red' && task.light !== 'yellow')) return null;
  return (
    <>
      <Tooltip title={t('case.newFromTaskHint')}>
        <Button
          size={size}
          icon={<FlagOutlined />}
          danger={task.light === 'red'}
          onClick={() => setDraft(caseDraftFromTask(t, task))}
        >
          {t('case.newFromTask')}
        </Button>
      </Tooltip>
      <CaseFormDrawer
        open={draft !== null}
        draft={draft}
        onClose={() => setDraft(null)}
        onCreated={(created) => {
          setDraft(null);
          navigate(`/supervision/cases/${created.id}`);
        }}
      />
    </>
  );
}
