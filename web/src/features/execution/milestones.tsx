import { CheckCircleFilled, ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Popconfirm, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { taskActionsApi } from '../../api/endpoints';
import type { Task } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { BRAND_BLUE } from '../../theme';
import { errorMessage } from '../common/errors';
import { formatDate } from '../common/format';

/** 时间节点: the task's road map in date order; the lead unit marks a node done once the task is accepted. */
export function MilestoneTimeline({ task, onChanged }: { task: Task; onChanged: (task: Task) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const today = formatDate(new Date());
  const canComplete = task.abilities.completeMilestone;
  if (task.milestones.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('task.noMilestones')} />;
  }
  const sorted = [...task.milestones].sort((a, b) => a.dueDate.localeCompare(b.dueDate));

  const complete = async (id: string) => {
    setBusy(id);
    try {
      const next = await taskActionsApi.completeMilestone(id);
      message.success(t('milestone.completed'));
      onChanged(next);
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Timeline
      items={sorted.map((m) => {
        const late = !m.completedAt && m.dueDate < today;
        return {
          key: m.id,
          icon: m.completedAt ? (
            <CheckCircleFilled style={{ color: BRAND_BLUE }} />
          ) : late ? (
            <ExclamationCircleOutlined style={{ color: '#ad4e00' }} />
          ) : (
            <ClockCircleOutlined style={{ color: '#8c8c8c' }} />
          ),
          content: (
            <Flex justify="space-between" gap={8} align="flex-start" wrap>
              <div style={{ minWidth: 0 }}>
                <Typography.Text>{m.title}</Typography.Text>
                <div style={{ fontSize: 13, color: '#595959' }}>
                  {m.dueDate}
                  {m.weight !== null ? ` · ${t('milestone.weight', { weight: m.weight })}` : ''}
                  {m.completedAt ? (
                    <Tag color="cyan" style={{ marginInlineStart: 8 }}>
                      {t('milestone.doneOn', { date: formatDate(m.completedAt) })}
                    </Tag>
                  ) : late ? (
                    <Tag color="orange" style={{ marginInlineStart: 8 }}>
                      {t('milestone.late')}
                    </Tag>
                  ) : null}
                </div>
              </div>
              {canComplete && !m.completedAt ? (
                <Popconfirm
                  title={t('milestone.completeConfirm', { title: m.title })}
                  okText={t('milestone.complete')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => complete(m.id)}
                >
                  <Button size="small" loading={busy === m.id}>
                    {t('milestone.complete')}
                  </Button>
                </Popconfirm>
              ) : null}
            </Flex>
          ),
        };
      })}
    />
  );
}
