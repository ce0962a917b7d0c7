import { Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { Task } from '../../api/types';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { useMe } from '../auth/session';
import { errorMessage } from '../common/errors';
import { BatchActions } from '../tasks/batch-actions';
import { STATUS_COLORS, statusLabel } from '../tasks/labels';
import { LightTag } from '../tasks/light-tag';
import { forgetWork, loadUnitWork } from './work-loaders';

/**
 * 批量办理: the unit's lead tasks to accept or under way, to select and accept at once or report "no change" for
 * the period. A row can be selected only when the server's abilities allow one of the two.
 */
export function BatchWorkCard() {
  const t = useT();
  const me = useMe();
  const work = useRequest(() => loadUnitWork(me), [me.id]);
  const [selected, setSelected] = useState<string[]>([]);
  const rows = useMemo(
    () =>
      (work.data?.leadTasks ?? []).filter(
        (task) => task.status === 'published' || task.status === 'in_progress',
      ),
    [work.data],
  );
  const chosen = rows.filter((task) => selected.includes(task.id));
  if (work.error) {
    return (
      <Typography.Text type="secondary">
        {t('common.loadFailed', { message: errorMessage(t, work.error) })}
      </Typography.Text>
    );
  }
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('batch.hint')}
      </Typography.Paragraph>
      <BatchActions
        selected={chosen}
        onClear={() => setSelected([])}
        onDone={() => {
          setSelected([]);
          forgetWork();
          work.reload();
        }}
      />
      <Table<Task>
        rowKey="id"
        size="small"
        loading={work.loading}
        dataSource={rows}
        tableLayout="fixed"
        locale={{ emptyText: t('batch.empty') }}
        pagination={rows.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(String)),
          getCheckboxProps: (task) => ({
            disabled: !task.abilities.accept && !task.abilities.report,
            'aria-label': task.title,
          }),
          columnWidth: 40,
        }}
        columns={[
          {
            title: t('task.content'),
            key: 'title',
            ellipsis: true,
            render: (_, task) => (
              <Link to={`/tasks/${task.id}`} title={task.title}>
                {task.code ? (
                  <span className="luoshi-mono" style={{ marginInlineEnd: 6 }}>
                    {task.code}
                  </span>
                ) : null}
                {task.title}
              </Link>
            ),
          },
          {
            title: t('task.dueDate'),
            dataIndex: 'dueDate',
            key: 'dueDate',
            width: 104,
            responsive: ['md'],
          },
          {
            title: t('common.status'),
            key: 'status',
            width: 84,
            render: (_, task) => <Tag color={STATUS_COLORS[task.status]}>{statusLabel(t, task.status)}</Tag>,
          },
          {
            title: t('task.light'),
            key: 'light',
            width: 84,
            responsive: ['sm'],
            render: (_, task) => <LightTag light={task.light} reasons={task.lightReasons} size="small" />,
          },
        ]}
      />
    </>
  );
}
