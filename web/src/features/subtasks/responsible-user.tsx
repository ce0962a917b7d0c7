import { App, Button, Modal, Select } from 'antd';
import { useState } from 'react';
import { subtasksApi, type SubtaskTree } from '../../api/subtasks';
import type { Task } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';

/** 指定责任人: the lead unit names the task's responsible account among its people and its sections'. */
export function ResponsibleUserButton({
  task,
  tree,
  onTask,
}: {
  task: Task;
  tree: SubtaskTree;
  onTask: (next: Task) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [userId, setUserId] = useState<string | null>(task.responsibleUserId);
  const [saving, setSaving] = useState(false);
  const sectionName = new Map(tree.options.sections.map((s) => [s.id, s.name]));
  const save = async () => {
    setSaving(true);
    try {
      onTask(await subtasksApi.setResponsible(task.id, { userId, version: task.version }));
      void message.success(t('subtask.responsibleSaved'));
      setOpen(false);
    } catch (e) {
      void message.error(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t('subtask.responsibleUser')}
      </Button>
      <Modal
        open={open}
        title={t('subtask.responsibleUser')}
        okText={t('subtask.setResponsible')}
        cancelText={t('subtask.cancel')}
        confirmLoading={saving}
        onOk={() => void save()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: '100%' }}
          aria-label={t('subtask.responsibleUser')}
          value={userId ?? undefined}
          onChange={(v?: string) => setUserId(v ?? null)}
          options={tree.options.people.map((p) => ({
            value: p.id,
            label: sectionName.has(p.unitId) ? `${p.name}（${sectionName.get(p.unitId)}）` : p.name,
          }))}
        />
      </Modal>
    </>
  );
}
