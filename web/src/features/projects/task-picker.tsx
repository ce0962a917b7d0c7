import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { tasksApi } from '../../api/endpoints';
import type { Task } from '../../api/types';
import { useT } from '../../i18n/i18n';

interface Option {
  value: string;
  label: string;
}

const optionOf = (task: Task): Option => ({
  value: task.id,
  label: `${task.code ?? ''} ${task.title}`.trim(),
});

/** Loads the tasks of these ids (a project links a few): code and title, for labels and links. */
export function useTasksById(ids: readonly string[]): Map<string, Task> {
  const [tasks, setTasks] = useState(new Map<string, Task>());
  const key = ids.join(',');
  useEffect(() => {
    if (ids.length === 0) return;
    const controller = new AbortController();
    void Promise.all(ids.map((id) => tasksApi.get(id, controller.signal).catch(() => null))).then((found) => {
      if (!controller.signal.aborted)
        setTasks(new Map(found.flatMap((t) => (t ? [[t.id, t] as const] : []))));
    });
    return () => controller.abort();
  }, [key]);
  return tasks;
}

/** 服务的全会任务: plenary tasks found by code or words of the title (links, not copies). */
export function TaskPicker({
  value,
  onChange,
  id,
}: {
  value?: string[];
  onChange?: (ids: string[]) => void;
  id?: string;
}) {
  const t = useT();
  const chosen = useTasksById(value ?? []);
  const [found, setFound] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const search = (q: string) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      setLoading(true);
      tasksApi
        .list({ q: q.trim() || undefined, pageSize: 20 })
        .then(({ items }) => setFound(items.map(optionOf)))
        .catch(() => setFound([]))
        .finally(() => setLoading(false));
    }, 250);
  };
  const own = (value ?? []).map((v) => {
    const task = chosen.get(v);
    return task ? optionOf(task) : { value: v, label: '…' };
  });
  const options = [...own, ...found.filter((o) => !own.some((x) => x.value === o.value))];
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      value={value ?? []}
      onChange={(v) => onChange?.(v)}
      showSearch={{ filterOption: false, onSearch: search }}
      onFocus={() => (found.length === 0 ? search('') : undefined)}
      loading={loading}
      placeholder={t('project.tasksPlaceholder')}
      options={options}
      notFoundContent={loading ? null : t('project.tasksNone')}
    />
  );
}
