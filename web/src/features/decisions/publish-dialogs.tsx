import { AimOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Result, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { IncompleteTask, Task } from '../../api/types';
import { useT } from '../../i18n/i18n';

/** Reads `details.tasks` of a 422 PUBLISH_INCOMPLETE defensively. */
export function incompleteTasksOf(details: Record<string, unknown>): IncompleteTask[] {
  const tasks = details['tasks'];
  if (!Array.isArray(tasks)) return [];
  return tasks.filter(
    (x): x is IncompleteTask =>
      typeof x === 'object' &&
      x !== null &&
      typeof (x as Record<string, unknown>)['id'] === 'string' &&
      Array.isArray((x as Record<string, unknown>)['missing']),
  );
}

/**
 * Nothing was published: each task that lacks something, with what it lacks, a button to go to it, and one
 * to select them all for the bulk bar.
 */
export function IncompleteDialog({
  tasks,
  onClose,
  onJump,
  onSelectAll,
}: {
  tasks: IncompleteTask[] | null;
  onClose: () => void;
  onJump: (id: string) => void;
  onSelectAll: (ids: string[]) => void;
}) {
  const t = useT();
  return (
    <Modal
      open={tasks !== null}
      onCancel={onClose}
      destroyOnHidden
      title={t('publish.incompleteTitle')}
      width={720}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.close')}</Button>
          <Button type="primary" onClick={() => onSelectAll((tasks ?? []).map((x) => x.id))}>
            {t('publish.selectIncomplete', { count: tasks?.length ?? 0 })}
          </Button>
        </Space>
      }
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('publish.incompleteDesc', { count: tasks?.length ?? 0 })}
      />
      <Table<IncompleteTask>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ y: 360 }}
        dataSource={tasks ?? []}
        columns={[
          {
            title: t('task.title'),
            dataIndex: 'title',
            key: 'title',
            ellipsis: { showTitle: true },
          },
          {
            title: t('publish.missing'),
            key: 'missing',
            width: 220,
            render: (_, x) => (
              <Space size={4} wrap>
                {x.missing.map((m) => (
                  <Tag key={m} color="warning">
                    {t(`decision.missing.${m}`)}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            key: 'jump',
            width: 90,
            render: (_, x) => (
              <Button size="small" type="link" icon={<AimOutlined />} onClick={() => onJump(x.id)}>
                {t('publish.jump')}
              </Button>
            ),
          },
        ]}
      />
    </Modal>
  );
}

/** Published: the codes each task got, and the way to the ledger. */
export function PublishedDialog({
  decisionId,
  tasks,
  onClose,
}: {
  decisionId: string;
  tasks: Task[] | null;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Modal
      open={tasks !== null}
      onCancel={onClose}
      destroyOnHidden
      footer={null}
      width={760}
      title={t('publish.doneTitle')}
    >
      <Result
        status="success"
        style={{ padding: '8px 0 16px' }}
        title={t('publish.done', { count: tasks?.length ?? 0 })}
        subTitle={t('publish.doneDesc')}
        extra={[
          <Link key="ledger" to={`/ledger?decisionId=${encodeURIComponent(decisionId)}`}>
            <Button type="primary">{t('publish.toLedger')}</Button>
          </Link>,
          <Button key="close" onClick={onClose}>
            {t('common.close')}
          </Button>,
        ]}
      />
      <Table<Task>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ y: 320 }}
        dataSource={tasks ?? []}
        columns={[
          {
            title: t('task.code'),
            dataIndex: 'code',
            key: 'code',
            width: 140,
            render: (code: string | null) => <span className="luoshi-mono">{code}</span>,
          },
          { title: t('task.title'), dataIndex: 'title', key: 'title', ellipsis: { showTitle: true } },
          {
            title: t('task.leadUnit'),
            dataIndex: 'leadUnitName',
            key: 'lead',
            width: 180,
            ellipsis: { showTitle: true },
            render: (name: string | null) => name ?? <Typography.Text type="secondary">—</Typography.Text>,
          },
        ]}
      />
    </Modal>
  );
}
