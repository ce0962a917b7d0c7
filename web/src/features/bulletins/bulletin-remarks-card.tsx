import { DeleteOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Popconfirm,
  Radio,
  Select,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { unitsApi } from '../../api/endpoints';
import { bulletinRemarksApi, type AddRemarkBody, type BulletinRemark } from '../../api/follow-bulletins';
import type { Bulletin } from '../../api/supervision';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { applyServerErrors, errorMessage } from '../common/errors';

interface AddValues {
  kind: 'praise' | 'criticism';
  unitId?: string;
  text: string;
}

/** One kind's remarks, each with the unit (and task) named and, while a draft, a remove button. */
function RemarkList({
  items,
  kind,
  onRemove,
}: {
  items: BulletinRemark[];
  kind: 'praise' | 'criticism';
  onRemove: (r: BulletinRemark) => void;
}) {
  const t = useT();
  const mine = items.filter((r) => r.kind === kind);
  return (
    <div>
      <Typography.Title level={5} style={{ marginTop: 8 }}>
        {t(kind === 'praise' ? 'remark.praise' : 'remark.criticism')}（{mine.length}）
      </Typography.Title>
      {mine.length === 0 ? (
        <Typography.Text type="secondary">{t('bulletin.none')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={mine}
          renderItem={(r, i) => (
            <List.Item
              style={{ paddingInline: 0 }}
              actions={
                r.abilities.remove
                  ? [
                      <Popconfirm key="rm" title={t('remark.removeConfirm')} onConfirm={() => onRemove(r)}>
                        <Button
                          size="small"
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('remark.remove')}
                        />
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                <Tag color={kind === 'praise' ? 'green' : 'red'}>{i + 1}</Tag>
                <Typography.Text strong>{r.unitName}</Typography.Text>
                {r.taskLabel ? <Typography.Text type="secondary">（{r.taskLabel}）</Typography.Text> : null}：
                {r.text}
              </div>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}

/**
 * 表扬和批评: the units (or tasks) a bulletin names. Everyone who reads the bulletin sees them; the office adds
 * and removes them while the bulletin is a draft. Each criticism deducts in the assessment once published.
 */
export function BulletinRemarksCard({ bulletin, onChanged }: { bulletin: Bulletin; onChanged?: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddValues>();
  const [saving, setSaving] = useState(false);
  const remarks = useRequest(() => bulletinRemarksApi.list(bulletin.id), [bulletin.id, bulletin.status]);
  const canAdd = remarks.data?.abilities.add ?? false;
  const units = useRequest(
    (signal) => (canAdd ? unitsApi.list({}, signal) : Promise.resolve({ items: [] })),
    [canAdd],
  );

  const add = async (v: AddValues) => {
    setSaving(true);
    try {
      const body: AddRemarkBody = { kind: v.kind, text: v.text, ...(v.unitId ? { unitId: v.unitId } : {}) };
      await bulletinRemarksApi.add(bulletin.id, body);
      form.resetFields(['unitId', 'text']);
      remarks.reload();
      onChanged?.();
      message.success(t('remark.added'));
    } catch (e) {
      if (!applyServerErrors(form, e, {}, ['kind', 'unitId', 'text'])) message.error(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };
  const remove = async (r: BulletinRemark) => {
    try {
      await bulletinRemarksApi.remove(bulletin.id, r.id);
      remarks.reload();
      onChanged?.();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };

  const items = remarks.data?.items ?? [];
  return (
    <Card title={t('remark.title')} style={{ marginBottom: 16 }} data-testid="bulletin-remarks">
      {remarks.error ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={errorMessage(t, remarks.error)} />
      ) : (
        <Flex vertical gap={4}>
          {canAdd ? (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {t('remark.hint')}
            </Typography.Paragraph>
          ) : null}
          <RemarkList items={items} kind="praise" onRemove={(r) => void remove(r)} />
          <RemarkList items={items} kind="criticism" onRemove={(r) => void remove(r)} />
          {canAdd ? (
            <Form<AddValues>
              form={form}
              layout="vertical"
              initialValues={{ kind: 'criticism' }}
              onFinish={(v) => void add(v)}
              disabled={saving}
              style={{ marginTop: 12, maxWidth: 640 }}
              className="luoshi-bulletin-controls"
            >
              <Form.Item name="kind" label={t('remark.kind')}>
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: 'praise', label: t('remark.praise') },
                    { value: 'criticism', label: t('remark.criticism') },
                  ]}
                />
              </Form.Item>
              <Form.Item
                name="unitId"
                label={t('remark.unit')}
                rules={[{ required: true, message: t('common.requiredSelect', { field: t('remark.unit') }) }]}
              >
                <Select
                  showSearch
                  optionFilterProp="label"
                  loading={units.loading}
                  options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
                />
              </Form.Item>
              <Form.Item
                name="text"
                label={t('remark.text')}
                rules={[{ required: true, whitespace: true, message: t('remark.textRequired') }]}
              >
                <Input.TextArea rows={2} maxLength={1000} showCount />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={saving}>
                {t('remark.add')}
              </Button>
            </Form>
          ) : null}
        </Flex>
      )}
    </Card>
  );
}
