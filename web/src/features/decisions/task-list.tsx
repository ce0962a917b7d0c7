import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Checkbox, Empty, Flex, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import type { PublishMissingField, Task, Unit } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { formatTarget, STATUS_COLORS, statusLabel } from '../tasks/labels';
import { DraftProvenanceTags } from './draft-provenance';

export interface TaskGroup {
  key: string;
  path: string[];
  tasks: Task[];
}

/** Tasks grouped by their section path, in the order the sections first appear. */
export function groupBySection(tasks: readonly Task[]): TaskGroup[] {
  const groups = new Map<string, TaskGroup>();
  for (const task of tasks) {
    const key = task.sectionPath.join('\u0000');
    let group = groups.get(key);
    if (!group) {
      group = { key, path: task.sectionPath, tasks: [] };
      groups.set(key, group);
    }
    group.tasks.push(task);
  }
  return [...groups.values()];
}

/** What a draft still lacks before it can be published (the same rule as the server's). */
export function missingFields(task: Task, unitsById: ReadonlyMap<string, Unit>): PublishMissingField[] {
  if (task.status !== 'draft') return [];
  const lead = task.leadUnitId ? unitsById.get(task.leadUnitId) : undefined;
  return [
    ...(!task.leadUnitId || (lead && !lead.active) ? (['leadUnitId'] as const) : []),
    ...(!task.startDate ? (['startDate'] as const) : []),
    ...(!task.dueDate ? (['dueDate'] as const) : []),
  ];
}

const isSelectable = (task: Task) => task.status !== 'completed' && task.status !== 'cancelled';

/**
 * The decision's tasks by section: a checkbox for the bulk bar, the title (click: show its sentence in the
 * source text), assignment in one line, targets as tags, and what is missing before publishing.
 */
export function TaskList({
  tasks,
  unitsById,
  activeId,
  selected,
  canManage,
  deletingId,
  onActivate,
  onSelect,
  onEdit,
  onDelete,
}: {
  tasks: readonly Task[];
  unitsById: ReadonlyMap<string, Unit>;
  activeId: string | null;
  selected: ReadonlySet<string>;
  canManage: boolean;
  deletingId: string | null;
  onActivate: (id: string) => void;
  onSelect: (ids: string[], checked: boolean) => void;
  onEdit: (task: Task) => void;
  onDelete: (task: Task) => void;
}) {
  const t = useT();
  const groups = useMemo(() => groupBySection(tasks), [tasks]);
  const listRef = useRef<HTMLDivElement>(null);

  // When the source text picks a task, bring it into view in the list as well.
  useEffect(() => {
    if (!activeId || !listRef.current) return;
    const item = listRef.current.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(activeId)}"]`);
    item?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [activeId]);

  if (tasks.length === 0) return null;

  const unitName = (id: string) => unitsById.get(id)?.name ?? t('task.unknownUnit');

  return (
    <div ref={listRef}>
      {groups.map((group) => {
        const selectable = group.tasks.filter(isSelectable).map((task) => task.id);
        const chosen = selectable.filter((id) => selected.has(id)).length;
        const heading = group.path.length > 0 ? group.path.at(-1) : t('decision.noSection');
        return (
          <section key={group.key} style={{ marginBottom: 16 }} aria-label={heading}>
            <Flex align="center" gap={8} style={{ marginBottom: 8 }}>
              {canManage && selectable.length > 0 ? (
                <Checkbox
                  checked={chosen > 0 && chosen === selectable.length}
                  indeterminate={chosen > 0 && chosen < selectable.length}
                  onChange={(e) => onSelect(selectable, e.target.checked)}
                  aria-label={t('decision.selectSection', { section: heading ?? '' })}
                />
              ) : null}
              <div style={{ minWidth: 0 }}>
                {group.path.length > 1 ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }} ellipsis>
                    {group.path.slice(0, -1).join(' › ')}
                  </Typography.Text>
                ) : null}
                <Typography.Text strong style={{ fontSize: 15 }}>
                  {heading}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                  {t('decision.sectionCount', { count: group.tasks.length })}
                </Typography.Text>
              </div>
            </Flex>
            {group.tasks.map((task) => {
              const missing = missingFields(task, unitsById);
              const isActive = task.id === activeId;
              return (
                <div
                  key={task.id}
                  data-item-id={task.id}
                  className={isActive ? 'luoshi-task-item luoshi-task-item-active' : 'luoshi-task-item'}
                  onClick={() => onActivate(task.id)}
                >
                  <Flex gap={10} align="flex-start">
                    {canManage ? (
                      <Checkbox
                        style={{ marginTop: 2 }}
                        disabled={!isSelectable(task)}
                        checked={selected.has(task.id)}
                        onClick={(e) => e.stopPropagation()}
                        onChange={(e) => onSelect([task.id], e.target.checked)}
                        aria-label={t('decision.selectTask', { title: task.title })}
                      />
                    ) : null}
                    <div style={{ flex: 1, minWidth: 0 }}>
                      <Flex gap={8} align="flex-start" justify="space-between">
                        <button
                          type="button"
                          className="luoshi-task-title"
                          aria-pressed={isActive}
                          onClick={(e) => {
                            e.stopPropagation();
                            onActivate(task.id);
                          }}
                        >
                          {task.code ? (
                            <span className="luoshi-mono luoshi-task-code">{task.code}</span>
                          ) : null}
                          {task.title}
                        </button>
                        <Space size={0} style={{ flexShrink: 0 }}>
                          <Tag color={STATUS_COLORS[task.status]} style={{ marginInlineEnd: 4 }}>
                            {statusLabel(t, task.status)}
                          </Tag>
                          {canManage && isSelectable(task) ? (
                            <Tooltip title={t('common.edit')}>
                              <Button
                                type="text"
                                size="small"
                                icon={<EditOutlined />}
                                aria-label={t('decision.editTask', { title: task.title })}
                                onClick={(e) => {
                                  e.stopPropagation();
                                  onEdit(task);
                                }}
                              />
                            </Tooltip>
                          ) : null}
                          {canManage && task.status === 'draft' ? (
                            <Popconfirm
                              title={t('decision.deleteConfirm', { title: task.title })}
                              okText={t('common.delete')}
                              okButtonProps={{ danger: true }}
                              cancelText={t('common.cancel')}
                              onConfirm={() => onDelete(task)}
                              onPopupClick={(e) => e.stopPropagation()}
                            >
                              <Button
                                type="text"
                                size="small"
                                danger
                                loading={deletingId === task.id}
                                icon={<DeleteOutlined />}
                                aria-label={t('decision.deleteTask', { title: task.title })}
                                onClick={(e) => e.stopPropagation()}
                              />
                            </Popconfirm>
                          ) : null}
                        </Space>
                      </Flex>
                      <div className="luoshi-task-meta">
                        <span>
                          {t('task.leadUnit')}
                          {t('common.colon')}
                          {task.leadUnitId ? (
                            (task.leadUnitName ?? unitName(task.leadUnitId))
                          ) : (
                            <Typography.Text type="secondary">{t('common.unset')}</Typography.Text>
                          )}
                        </span>
                        {task.coUnitIds.length > 0 ? (
                          <span>
                            {t('task.coUnits')}
                            {t('common.colon')}
                            {task.coUnitIds.map(unitName).join('、')}
                          </span>
                        ) : null}
                        {task.leadLeaderName ? (
                          <span>
                            {t('task.leadLeader')}
                            {t('common.colon')}
                            {task.leadLeaderName}
                          </span>
                        ) : null}
                        {task.responsiblePerson ? (
                          <span>
                            {t('task.responsiblePerson')}
                            {t('common.colon')}
                            {task.responsiblePerson}
                          </span>
                        ) : null}
                        <span>
                          {t('task.period')}
                          {t('common.colon')}
                          {task.startDate ?? '—'} ~ {task.dueDate ?? '—'}
                        </span>
                        <DraftProvenanceTags task={task} />
                      </div>
                      {task.targets.length > 0 ? (
                        <Flex gap={4} wrap style={{ marginTop: 6 }}>
                          {task.targets.map((target) => (
                            <Tag
                              key={target.id}
                              color="geekblue"
                              style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
                            >
                              {formatTarget(t, target)}
                              {target.deadline ? `（${target.deadline}）` : ''}
                            </Tag>
                          ))}
                        </Flex>
                      ) : null}
                      {missing.length > 0 ? (
                        <Flex gap={4} wrap style={{ marginTop: 6 }}>
                          {missing.map((field) => (
                            <Tag key={field} color="warning" style={{ marginInlineEnd: 0 }}>
                              {t(`decision.missing.${field}`)}
                            </Tag>
                          ))}
                        </Flex>
                      ) : null}
                    </div>
                  </Flex>
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}

/** Shown in place of the list before extraction. */
export function NoTasks({ hasText, canManage }: { hasText: boolean; canManage: boolean }) {
  const t = useT();
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        !canManage
          ? t('decision.noTasksReadOnly')
          : hasText
            ? t('decision.noTasks')
            : t('decision.noTasksNoText')
      }
    />
  );
}
