import { Card, Flex, List, Pagination, Progress, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Task } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { STATUS_COLORS, statusLabel } from '../tasks/labels';
import { LightTag } from '../tasks/light-tag';
import { TargetsCell } from './ledger-columns';

/** The ledger on a phone: a card per task (code, status, light, title, targets, lead unit, due date, progress). */
export function LedgerCards({
  items,
  loading,
  emptyText,
  page,
  pageSize,
  pageSizes,
  total,
  onPage,
  onOpen,
}: {
  items: Task[];
  loading: boolean;
  emptyText: ReactNode;
  page: number;
  pageSize: number;
  pageSizes: number[];
  total: number;
  onPage: (page: number, size: number) => void;
  onOpen: (task: Task) => void;
}) {
  const t = useT();
  return (
    <>
      <List<Task>
        loading={loading}
        dataSource={items}
        locale={{ emptyText }}
        renderItem={(task) => (
          <Card
            size="small"
            hoverable
            style={{ marginBottom: 8 }}
            onClick={() => onOpen(task)}
            role="button"
            tabIndex={0}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') onOpen(task);
            }}
          >
            <Flex justify="space-between" gap={8} align="flex-start">
              <Typography.Text className="luoshi-mono" style={{ fontSize: 12, color: '#1f4e8c' }}>
                {task.code ?? '—'}
              </Typography.Text>
              <Flex gap={4} align="center">
                <Tag color={STATUS_COLORS[task.status]} style={{ marginInlineEnd: 0 }}>
                  {statusLabel(t, task.status)}
                </Tag>
                <LightTag light={task.light} reasons={task.lightReasons} size="small" />
              </Flex>
            </Flex>
            <Typography.Paragraph strong ellipsis={{ rows: 2 }} style={{ margin: '4px 0' }}>
              {task.title}
            </Typography.Paragraph>
            <div style={{ fontSize: 13, color: '#595959' }}>
              <TargetsCell task={task} />
              <div>
                {t('task.leadUnit')}
                {t('common.colon')}
                {task.leadUnitName ?? '—'}
              </div>
              <div>
                {t('task.dueDate')}
                {t('common.colon')}
                {task.dueDate ?? '—'}
              </div>
            </div>
            <Progress percent={task.progress} size="small" />
          </Card>
        )}
      />
      {total > 0 ? (
        <Pagination
          size="small"
          align="center"
          current={page}
          pageSize={pageSize}
          total={total}
          showSizeChanger
          pageSizeOptions={pageSizes}
          onChange={onPage}
          showTotal={(n) => t('common.total', { total: n })}
        />
      ) : null}
    </>
  );
}
