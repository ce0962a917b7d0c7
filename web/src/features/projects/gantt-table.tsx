import { EditOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Grid, List, Modal, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ProjectNode } from '../../api/projects';
import { useT } from '../../i18n/i18n';
import { LIGHT_COLORS } from '../../theme';
import { nodeKindLabel } from './labels';

/** The colours of the chart, explained in words. */
export function GanttLegend({ draggable }: { draggable?: boolean }) {
  const t = useT();
  const swatch = (style: React.CSSProperties) => (
    <span
      aria-hidden
      style={{ display: 'inline-block', width: 24, verticalAlign: 'middle', marginInlineEnd: 4, ...style }}
    />
  );
  return (
    <Flex gap={16} wrap style={{ fontSize: 13, color: '#595959', marginTop: 8 }}>
      <span>
        {swatch({ height: 4, background: '#8c8c8c' })}
        {t('project.baseline')}
      </span>
      <span>
        {swatch({ height: 12, background: '#bae0ff', border: '1px solid #1f4e8c' })}
        {t('project.planned')}
      </span>
      <span>
        {swatch({ height: 5, background: '#1f4e8c' })}
        {t('project.actual')}
      </span>
      <span>
        {swatch({ height: 12, background: '#ffccc7', border: `2px solid ${LIGHT_COLORS.red}` })}
        {t('project.nodeLate')}
      </span>
      <span>
        {swatch({ height: 0, borderTop: '2px dashed #d4380d' })}
        {t('project.today')}
      </span>
      {draggable ? <span>{t('project.dragHint')}</span> : null}
    </Flex>
  );
}

export interface NodeRow {
  node: ProjectNode;
  projectId: string;
  projectName?: string;
}

const range = (a: string | null, b: string | null) => (a ? `${a} ~ ${b ?? '…'}` : '—');

/**
 * The Gantt chart as a table (for screen readers and phones): planned, baseline and actual dates, late nodes
 * in red with the word, and a re-plan button where the server allows it.
 */
export function GanttTable({
  rows,
  showProject,
  canReplan,
  onReplan,
}: {
  rows: readonly NodeRow[];
  showProject?: boolean;
  canReplan?: (projectId: string) => boolean;
  onReplan?: (node: ProjectNode, plannedStart: string, plannedEnd: string) => void;
}) {
  const t = useT();
  const [editing, setEditing] = useState<ProjectNode | null>(null);
  const isMobile = Grid.useBreakpoint().md === false;
  const anyReplan = rows.some((r) => canReplan?.(r.projectId));
  const state = (n: ProjectNode) =>
    n.late ? (
      <Tag color="error" style={{ fontWeight: 600, marginInlineEnd: 0 }}>
        {t('project.nodeLate')}
      </Tag>
    ) : n.actualEnd ? (
      <Typography.Text type="success">{t('project.nodeDone')}</Typography.Text>
    ) : (
      <Typography.Text type="secondary">{t('project.nodeOnTrack')}</Typography.Text>
    );
  const replanModal = (
    <ReplanModal
      node={editing}
      onClose={() => setEditing(null)}
      onSave={(start, end) => {
        if (editing) onReplan?.(editing, start, end);
        setEditing(null);
      }}
    />
  );
  if (isMobile) {
    // On a phone each node is a short block: name and state, then its three ranges.
    return (
      <>
        <List<NodeRow>
          dataSource={[...rows]}
          rowKey={(r) => r.node.id}
          renderItem={(r) => (
            <List.Item
              style={{ display: 'block', paddingInline: 0 }}
              className={r.node.late ? 'luoshi-node-late' : ''}
            >
              <Flex justify="space-between" align="center" gap={8}>
                <Typography.Text strong>
                  {r.projectName ? `${r.projectName} · ` : ''}
                  {r.node.name}
                </Typography.Text>
                <Flex gap={4} align="center">
                  {state(r.node)}
                  {canReplan?.(r.projectId) ? (
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      aria-label={`${t('project.replan')} ${r.node.name}`}
                      onClick={() => setEditing(r.node)}
                    />
                  ) : null}
                </Flex>
              </Flex>
              <div style={{ fontSize: 13, color: '#595959' }}>
                <div>
                  {t('project.planned')}
                  {t('common.colon')}
                  {range(r.node.plannedStart, r.node.plannedEnd)}
                </div>
                <div>
                  {t('project.baseline')}
                  {t('common.colon')}
                  {range(r.node.baselineStart, r.node.baselineEnd)}
                </div>
                <div>
                  {t('project.actual')}
                  {t('common.colon')}
                  {range(r.node.actualStart, r.node.actualEnd)}
                </div>
              </div>
            </List.Item>
          )}
        />
        {replanModal}
      </>
    );
  }
  return (
    <>
      <Table<NodeRow>
        rowKey={(r) => r.node.id}
        size="small"
        pagination={false}
        scroll={{ x: showProject ? 1000 : 820 }}
        dataSource={[...rows]}
        rowClassName={(r) => (r.node.late ? 'luoshi-node-late' : '')}
        columns={[
          ...(showProject
            ? [
                {
                  key: 'project',
                  title: t('project.name'),
                  width: 200,
                  ellipsis: true,
                  render: (_: unknown, r: NodeRow) => r.projectName,
                },
              ]
            : []),
          { key: 'name', title: t('project.nodeName'), width: 170, render: (_, r) => r.node.name },
          {
            key: 'kind',
            title: t('project.nodeKind'),
            width: 90,
            render: (_, r) => nodeKindLabel(t, r.node.kind),
          },
          {
            key: 'unit',
            title: t('project.nodeUnit'),
            width: 130,
            ellipsis: true,
            render: (_, r) => r.node.unitName ?? '—',
          },
          {
            key: 'planned',
            title: t('project.planned'),
            width: 190,
            render: (_, r) => range(r.node.plannedStart, r.node.plannedEnd),
          },
          {
            key: 'baseline',
            title: t('project.baseline'),
            width: 190,
            render: (_, r) => range(r.node.baselineStart, r.node.baselineEnd),
          },
          {
            key: 'actual',
            title: t('project.actual'),
            width: 190,
            render: (_, r) => (r.node.actualStart ? range(r.node.actualStart, r.node.actualEnd) : '—'),
          },
          {
            key: 'late',
            title: t('project.nodeState'),
            width: 90,
            render: (_, r) => state(r.node),
          },
          ...(anyReplan
            ? [
                {
                  key: 'replan',
                  title: t('project.replan'),
                  width: 80,
                  render: (_: unknown, r: NodeRow) =>
                    canReplan?.(r.projectId) ? (
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        aria-label={`${t('project.replan')} ${r.node.name}`}
                        onClick={() => setEditing(r.node)}
                      />
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {replanModal}
    </>
  );
}

function ReplanModal({
  node,
  onClose,
  onSave,
}: {
  node: ProjectNode | null;
  onClose: () => void;
  onSave: (start: string, end: string) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ range: [Dayjs, Dayjs] }>();
  return (
    <Modal
      open={node !== null}
      title={node ? t('project.replanTitle', { name: node.name }) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {node ? (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ range: [dayjs(node.plannedStart), dayjs(node.plannedEnd)] }}
          onFinish={(v) => onSave(v.range[0].format('YYYY-MM-DD'), v.range[1].format('YYYY-MM-DD'))}
        >
          <Form.Item name="range" label={t('project.planned')} rules={[{ required: true }]}>
            <DatePicker.RangePicker style={{ width: '100%' }} />
          </Form.Item>
          <Typography.Text type="secondary">{t('project.replanKeepsBaseline')}</Typography.Text>
        </Form>
      ) : null}
    </Modal>
  );
}
