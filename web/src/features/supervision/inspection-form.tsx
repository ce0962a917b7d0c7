import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Drawer, Flex, Form, Grid, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { rectificationsApi, type SupervisionCase } from '../../api/supervision';
import { useT } from '../../i18n/i18n';
import { useAllUnits } from '../admin/use-all-units';
import { applyServerErrors, errorMessage } from '../common/errors';
import { UnitSelect } from '../tasks/pickers';
import { today } from './labels';

interface FindingValues {
  finding: string;
  unitId: string | null;
  deadline: Dayjs | null;
}

interface InspectionValues {
  date: Dayjs | null;
  team: string;
  places: string;
  summary?: string;
  caseId?: string | null;
  findings: FindingValues[];
}

const ymd = (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : '');

/**
 * 记录实地督查: when, who, where, what was seen, and each problem found with the unit to rectify it and by
 * when; every finding becomes a rectification for its unit.
 */
export function InspectionFormDrawer({
  open,
  cases,
  onClose,
  onSaved,
}: {
  open: boolean;
  cases: readonly SupervisionCase[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const { units } = useAllUnits();
  const [form] = Form.useForm<InspectionValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({ date: dayjs(today()), findings: [{ finding: '', unitId: null, deadline: null }] });
  }, [open]);

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setError(null);
    try {
      const result = await rectificationsApi.recordInspection({
        date: ymd(v.date),
        team: v.team.trim(),
        places: v.places.trim(),
        summary: v.summary?.trim() || null,
        caseId: v.caseId ?? null,
        findings: (v.findings ?? []).map((f) => ({
          finding: f.finding.trim(),
          unitId: f.unitId ?? '',
          deadline: ymd(f.deadline),
        })),
      });
      message.success(t('inspection.saved', { count: result.rectifications.length }));
      onSaved();
    } catch (e) {
      if (!applyServerErrors(form, e, {}, ['date', 'team', 'places', 'summary', 'caseId', 'findings']))
        setError(e);
    } finally {
      setSaving(false);
    }
  };

  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field }),
  });
  const requiredSelect = (field: string) => ({
    required: true,
    message: t('common.requiredSelect', { field }),
  });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={screens.md === false ? '100%' : 720}
      title={t('inspection.record')}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => void submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {error ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(t, error)} />
      ) : null}
      <Form<InspectionValues> form={form} layout="vertical" requiredMark="optional" disabled={saving}>
        <Flex gap={16} wrap>
          <Form.Item
            name="date"
            label={t('inspection.date')}
            rules={[requiredSelect(t('inspection.date'))]}
            style={{ flex: '1 1 180px' }}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') > today()} />
          </Form.Item>
          <Form.Item
            name="team"
            label={t('inspection.team')}
            rules={[required(t('inspection.team'))]}
            style={{ flex: '2 1 320px' }}
          >
            <Input maxLength={500} />
          </Form.Item>
        </Flex>
        <Form.Item name="places" label={t('inspection.places')} rules={[required(t('inspection.places'))]}>
          <Input maxLength={2000} />
        </Form.Item>
        <Form.Item name="summary" label={t('inspection.summary')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={20_000} />
        </Form.Item>
        <Form.Item name="caseId" label={t('inspection.case')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={cases.filter((c) => c.status !== 'closed').map((c) => ({ value: c.id, label: c.title }))}
          />
        </Form.Item>
        <Form.List name="findings">
          {(fields, { add, remove }) => (
            <Flex vertical gap={12}>
              {fields.map((field, i) => (
                <Card
                  key={field.key}
                  size="small"
                  title={t('inspection.findingN', { n: i + 1 })}
                  extra={
                    <Button
                      type="text"
                      size="small"
                      icon={<DeleteOutlined />}
                      aria-label={t('inspection.removeFinding')}
                      onClick={() => remove(field.name)}
                    />
                  }
                >
                  <Form.Item
                    name={[field.name, 'finding']}
                    label={t('rect.finding')}
                    rules={[required(t('rect.finding'))]}
                  >
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
                  </Form.Item>
                  <Flex gap={16} wrap>
                    <Form.Item
                      name={[field.name, 'unitId']}
                      label={t('rect.unit')}
                      rules={[requiredSelect(t('rect.unit'))]}
                      style={{ flex: '2 1 240px', marginBottom: 0 }}
                    >
                      <UnitSelect units={units} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'deadline']}
                      label={t('rect.deadline')}
                      rules={[requiredSelect(t('rect.deadline'))]}
                      style={{ flex: '1 1 160px', marginBottom: 0 }}
                    >
                      <DatePicker style={{ width: '100%' }} />
                    </Form.Item>
                  </Flex>
                </Card>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ finding: '', unitId: null, deadline: null })}
              >
                {t('inspection.addFinding')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
