import { Button, Card, Flex, Grid, Popconfirm, Progress, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { MySubtask, Subtask } from '../../api/subtasks';
import { useT } from '../../i18n/i18n';

type Item = Subtask & Partial<Pick<MySubtask, 'taskTitle' | 'taskCode'>>;

interface Props {
  items: Item[];
  /** Name the unit that split each (the office's read-only view across units). */
  showUnit?: boolean;
  /** Name and link the parent task (the workbench's 我的子任务). */
  showTask?: boolean;
  onProgress: (s: Subtask) => void;
  onDelete?: (s: Subtask) => void;
}

function holder(s: Subtask): string {
  return [s.sectionName, s.assigneeName].filter(Boolean).join(' · ') || '—';
}

/** Sub-tasks as a table on a wide screen and as cards on a phone, with the actions each one allows. */
export function SubtaskList({ items, showUnit, showTask, onProgress, onDelete }: Props) {
  const t = useT();
  const isPhone = Grid.useBreakpoint().md === false;
  const status = (s: Subtask) => (
    <Flex gap={4} wrap>
      <Tag color={s.status === 'done' ? 'green' : 'blue'}>{t(`subtask.status.${s.status}`)}</Tag>
      {s.overdue ? <Tag color="#cf1322">{t('subtask.overdue')}</Tag> : null}
    </Flex>
  );
  const dates = (s: Subtask) => (s.startDate ? `${s.startDate} ~ ${s.dueDate}` : s.dueDate);
  const actions = (s: Subtask) => (
    <Flex gap={4} wrap>
      {s.abilities.progress ? (
        <Button size="small" type="link" onClick={() => onProgress(s)}>
          {t('subtask.update')}
        </Button>
      ) : null}
      {s.abilities.delete && onDelete ? (
        <Popconfirm title={t('subtask.deleteConfirm', { title: s.title })} onConfirm={() => onDelete(s)}>
          <Button size="small" type="link" danger>
            {t('subtask.delete')}
          </Button>
        </Popconfirm>
      ) : null}
    </Flex>
  );
  const title = (s: Item) => (
    <div style={{ minWidth: 0 }}>
      {showTask && s.taskTitle ? (
        <Typography.Text
          type="secondary"
          style={{ display: 'block', fontSize: 12 }}
          ellipsis={{ tooltip: s.taskTitle }}
        >
          <Link to={`/tasks/${s.taskId}`}>{s.taskTitle}</Link>
        </Typography.Text>
      ) : null}
      <Typography.Text strong ellipsis={{ tooltip: s.title }}>
        {s.title}
      </Typography.Text>
      {s.note ? (
        <Typography.Text
          type="secondary"
          style={{ display: 'block', fontSize: 12 }}
          ellipsis={{ tooltip: s.note }}
        >
          {s.note}
        </Typography.Text>
      ) : null}
    </div>
  );

  if (isPhone) {
    return (
      <Flex vertical gap={8} className="luoshi-subtask-cards">
        {items.map((s) => (
          <Card key={s.id} size="small" data-testid="subtask-item">
            {title(s)}
            <Flex justify="space-between" wrap gap={4} style={{ marginTop: 6, fontSize: 13 }}>
              <span>{holder(s)}</span>
              <span className="luoshi-mono">{dates(s)}</span>
            </Flex>
            <Progress percent={s.progress} size="small" style={{ margin: '6px 0' }} />
            <Flex justify="space-between" align="center" wrap gap={4}>
              {status(s)}
              {actions(s)}
            </Flex>
          </Card>
        ))}
      </Flex>
    );
  }
  return (
    <Table<Item>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={items}
      tableLayout="fixed"
      scroll={{ x: 760 }}
      onRow={() => ({ 'data-testid': 'subtask-item' }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { key: 'title', title: t('subtask.name'), render: (_, s) => title(s) },
        ...(showUnit
          ? [
              {
                key: 'unit',
                title: t('subtask.unit'),
                width: 110,
                ellipsis: true,
                render: (_: unknown, s: Item) => s.unitName ?? '—',
              },
            ]
          : []),
        {
          key: 'holder',
          title: t('subtask.holder'),
          width: 130,
          ellipsis: true,
          render: (_, s) => holder(s),
        },
        {
          key: 'due',
          title: t('subtask.dueDate'),
          width: 104,
          render: (_, s) => <span className="luoshi-mono">{s.dueDate}</span>,
        },
        {
          key: 'progress',
          title: t('subtask.progress'),
          width: 120,
          render: (_, s) => <Progress percent={s.progress} size="small" />,
        },
        { key: 'status', title: t('subtask.status'), width: 96, render: (_, s) => status(s) },
        { key: 'actions', title: t('subtask.actions'), width: 140, render: (_, s) => actions(s) },
      ]}
    />
  );
}
