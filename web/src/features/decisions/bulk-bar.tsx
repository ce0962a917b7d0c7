import { Alert, App, Button, Col, DatePicker, Flex, Form, Input, Row, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { isApiError } from '../../api/client';
import { tasksApi } from '../../api/endpoints';
import type { BulkChanges, Leader, Task, Unit } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { isVersionConflict } from '../common/version-conflict';
import { LeaderSelect, UnitSelect, UnitsSelect } from '../tasks/pickers';

interface Values {
  leadUnitId?: string | null;
  coUnitIds?: string[];
  leadLeaderId?: string | null;
  responsiblePerson?: string;
  startDate?: Dayjs | null;
  dueDate?: Dayjs | null;
}

/** Only the fields the clerk filled in are changed; empty ones leave each task as it is. */
function changesOf(v: Values): BulkChanges {
  const out: BulkChanges = {};
  if (v.leadUnitId) out.leadUnitId = v.leadUnitId;
  if (v.coUnitIds && v.coUnitIds.length > 0) out.coUnitIds = v.coUnitIds;
  if (v.leadLeaderId) out.leadLeaderId = v.leadLeaderId;
  if (v.responsiblePerson?.trim()) out.responsiblePerson = v.responsiblePerson.trim();
  if (v.startDate) out.startDate = v.startDate.format('YYYY-MM-DD');
  if (v.dueDate) out.dueDate = v.dueDate.format('YYYY-MM-DD');
  return out;
}

/**
 * 批量分派: the same lead unit, co-units, leader, responsible person or dates for every selected task, in one
 * all-or-nothing request. A stale task fails the lot; the list is reloaded and the selection kept.
 */
export function BulkBar({
  selected,
  units,
  leaders,
  onClear,
  onApplied,
  onStale,
  extra,
}: {
  selected: readonly Task[];
  units: readonly Unit[];
  leaders: readonly Leader[];
  onClear: () => void;
  onApplied: (tasks: Task[]) => void;
  onStale: () => void;
  /** Actions on the selection itself (the drafts' delete and merge), beside the count. */
  extra?: ReactNode;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const apply = async (values: Values) => {
    const changes = changesOf(values);
    if (Object.keys(changes).length === 0) {
      setProblem(t('bulk.nothing'));
      return;
    }
    if (changes.leadUnitId && changes.coUnitIds?.includes(changes.leadUnitId)) {
      setProblem(t('task.coUnitIsLead'));
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      const { items } = await tasksApi.bulkUpdate(
        selected.map((task) => ({ id: task.id, version: task.version })),
        changes,
      );
      message.success(t('bulk.applied', { count: items.length }));
      form.resetFields();
      onApplied(items);
    } catch (e) {
      if (isVersionConflict(e)) {
        setProblem(t('bulk.stale'));
        onStale();
      } else if (isApiError(e) && e.fieldErrors.length > 0) {
        setProblem([...new Set(e.fieldErrors.map((f) => f.message))].join('；'));
      } else {
        setProblem(errorMessage(t, e));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="luoshi-bulk-bar" role="region" aria-label={t('bulk.title')}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('bulk.selected', { count: selected.length })}</Typography.Text>
        <Flex gap={8} wrap align="center">
          {extra}
          <Button size="small" type="link" onClick={onClear}>
            {t('bulk.clear')}
          </Button>
        </Flex>
      </Flex>
      {problem ? (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 8 }} title={problem} />
      ) : null}
      <Form<Values> form={form} layout="vertical" onFinish={apply} disabled={saving} size="small">
        <Row gutter={8}>
          <Col xs={24} sm={12} xl={8}>
            <Form.Item name="leadUnitId" label={t('task.leadUnit')} style={{ marginBottom: 8 }}>
              <UnitSelect units={units} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} xl={8}>
            <Form.Item name="coUnitIds" label={t('task.coUnits')} style={{ marginBottom: 8 }}>
              <UnitsSelect units={units} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} xl={8}>
            <Form.Item name="leadLeaderId" label={t('task.leadLeader')} style={{ marginBottom: 8 }}>
              <LeaderSelect leaders={leaders} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} xl={8}>
            <Form.Item
              name="responsiblePerson"
              label={t('task.responsiblePerson')}
              style={{ marginBottom: 8 }}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={12} xl={8}>
            <Form.Item name="startDate" label={t('task.startDate')} style={{ marginBottom: 8 }}>
              <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
            </Form.Item>
          </Col>
          <Col xs={12} xl={8}>
            <Form.Item name="dueDate" label={t('task.dueDate')} style={{ marginBottom: 8 }}>
              <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
            </Form.Item>
          </Col>
        </Row>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('bulk.hint')}
          </Typography.Text>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('bulk.apply', { count: selected.length })}
          </Button>
        </Flex>
      </Form>
    </div>
  );
}
