import { Flex, List, Progress, Tag, Typography } from 'antd';
import { subtasksApi } from '../../api/subtasks';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';

/**
 * 任务分解 in the ledger's drawer: the sub-tasks the lead unit gave its sections and people, as far as the server
 * lets the caller see them (the office all; a unit those it made). Nothing when there are none or when the caller
 * may not see them — the ledger row itself stays the task's.
 */
export function SubtasksSection({ taskId }: { taskId: string }) {
  const t = useT();
  const loaded = useRequest((signal) => subtasksApi.tree(taskId, signal), [taskId]);
  const items = loaded.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section data-testid="ledger-subtasks">
      <List
        size="small"
        bordered
        style={{ marginTop: 12 }}
        header={<Typography.Text strong>{t('resp.subtasks', { count: items.length })}</Typography.Text>}
        dataSource={items}
        renderItem={(s) => (
          <List.Item data-testid="ledger-subtask" style={{ display: 'block' }}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Text>{s.title}</Typography.Text>
              {s.status === 'done' ? (
                <Tag color="green" style={{ marginInlineEnd: 0 }}>
                  {t('resp.subtaskDone')}
                </Tag>
              ) : s.overdue ? (
                <Tag color="red" style={{ marginInlineEnd: 0 }}>
                  {t('resp.subtaskOverdue')}
                </Tag>
              ) : null}
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[s.sectionName ?? s.unitName, s.assigneeName].filter(Boolean).join(' · ')} ·{' '}
              {t('resp.subtaskDue', { date: s.dueDate })}
            </Typography.Text>
            <Progress percent={s.progress} size="small" status={s.overdue ? 'exception' : undefined} />
          </List.Item>
        )}
      />
    </section>
  );
}
