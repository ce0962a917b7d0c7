import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, InputNumber, Modal, Select, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { isApiError } from '../../api/client';
import { targetSharesApi, type TargetShareList } from '../../api/target-shares';
import type { Task } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { useAllUnits } from '../admin/use-all-units';
import { applyServerErrors, errorMessage } from '../common/errors';
import { formatNumber } from '../common/format';
import { formatTargetValue } from '../tasks/labels';
import { splitGap } from './split-gap';

interface Row {
  unitId?: string;
  targetValue?: number | null;
  targetValueMax?: number | null;
}

/**
 * 分解到单位: the office enters a row per unit (unit + figure), sees the sum live and the difference against
 * the district figure in red until the split adds up; the server's 422 (with its number) shows in the form.
 */
export function SplitTargetModal({
  task,
  list,
  open,
  onClose,
  onSaved,
  onReload,
}: {
  task: Task;
  list: TargetShareList;
  open: boolean;
  onClose: () => void;
  onSaved: (next: TargetShareList) => void;
  /** Loads the split again after a conflict (the form then shows the other person's split). */
  onReload: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const { units } = useAllUnits();
  const [form] = Form.useForm<{ shares: Row[] }>();
  const [serverError, setServerError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const rows = Form.useWatch('shares', form) ?? [];
  const isRange = list.comparator === 'range';
  // The office's split is approved at once; the lead unit's is a proposal for the office.
  const office = list.abilities.split;

  useEffect(() => {
    if (!open) return;
    setServerError(null);
    form.setFieldsValue({
      shares: list.items.length
        ? list.items.map((s) => ({
            unitId: s.unitId,
            targetValue: s.targetValue,
            targetValueMax: s.targetValueMax,
          }))
        : task.coUnitIds.map((unitId) => ({ unitId, targetValue: null })),
    });
  }, [open, list, task.coUnitIds, form]);

  // Co-units first: they are the usual holders of a street target's shares.
  const options = useMemo(() => {
    const co = new Set(task.coUnitIds);
    return units
      .filter((u) => u.active && u.kind !== 'section')
      .sort((a, b) => Number(co.has(b.id)) - Number(co.has(a.id)))
      .map((u) => ({ value: u.id, label: u.name }));
  }, [units, task.coUnitIds]);

  const gap = splitGap(list, rows);
  const fmt = (v: number) => `${formatNumber(v)}${list.unit}`;

  const save = async (values: { shares: Row[] }) => {
    setServerError(null);
    setConflict(false);
    setSaving(true);
    try {
      const next = await targetSharesApi.split(list.targetId, {
        shares: values.shares.map((r) => ({
          unitId: r.unitId as string,
          targetValue: r.targetValue as number,
          ...(isRange && r.targetValueMax !== undefined ? { targetValueMax: r.targetValueMax } : {}),
        })),
        version: list.splitVersion,
      });
      void message.success(t(office ? 'targetShares.saved' : 'targetShares.proposed'));
      onSaved(next);
    } catch (e) {
      // What was typed stays until the user chooses to load the other person's split.
      if (isApiError(e) && e.status === 409) {
        setConflict(true);
        setServerError(t('targetShares.conflict'));
      } else {
        applyServerErrors(form, e, {}, ['shares']);
        setServerError(isApiError(e) && e.status === 422 ? e.message : errorMessage(t, e));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('targetShares.modalTitle', { indicator: list.indicator })}
      onCancel={onClose}
      okText={t(office ? 'targetShares.save' : 'targetShares.submitProposal')}
      onOk={() => form.submit()}
      confirmLoading={saving}
      width={640}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {t('targetShares.district', { target: formatTargetValue(t, { ...list, placeholder: false }) })}
      </Typography.Paragraph>
      <Form form={form} onFinish={save} layout="vertical" requiredMark={false}>
        <Form.List name="shares">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="flex-start" wrap data-testid={`split-row-${index}`}>
                  <Form.Item
                    name={[field.name, 'unitId']}
                    rules={[{ required: true, message: t('targetShares.pickUnit') }]}
                    style={{ flex: '1 1 200px', marginBottom: 8 }}
                  >
                    <Select
                      showSearch={{ optionFilterProp: 'label' }}
                      options={options}
                      placeholder={t('targetShares.pickUnit')}
                      aria-label={`${t('targetShares.unit')} ${index + 1}`}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'targetValue']}
                    rules={[{ required: true, message: t('targetShares.value') }]}
                    style={{ flex: '0 1 150px', marginBottom: 8 }}
                  >
                    <InputNumber
                      style={{ width: '100%' }}
                      placeholder={t('targetShares.value')}
                      aria-label={`${t('targetShares.value')} ${index + 1}`}
                      suffix={list.unit || undefined}
                    />
                  </Form.Item>
                  {isRange ? (
                    <Form.Item
                      name={[field.name, 'targetValueMax']}
                      style={{ flex: '0 1 120px', marginBottom: 8 }}
                    >
                      <InputNumber
                        style={{ width: '100%' }}
                        placeholder={t('targetShares.valueMax')}
                        aria-label={`${t('targetShares.valueMax')} ${index + 1}`}
                      />
                    </Form.Item>
                  ) : null}
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={`${t('targetShares.removeUnit')} ${index + 1}`}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
                {t('targetShares.addUnit')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
      <Flex
        justify="space-between"
        wrap
        gap={8}
        style={{ marginTop: 12, fontSize: 15 }}
        data-testid="split-sum"
        aria-live="polite"
      >
        <span>
          {t('targetShares.sumLine', {
            sum: fmt(gap.sum),
            target: formatTargetValue(t, { ...list, placeholder: false }),
          })}
        </span>
        {gap.short > 0 ? (
          <Typography.Text type="danger" strong data-testid="split-difference">
            {t('targetShares.short', { value: fmt(gap.short) })}
          </Typography.Text>
        ) : gap.over > 0 ? (
          <Typography.Text type="danger" strong data-testid="split-difference">
            {t('targetShares.over', { value: fmt(gap.over) })}
          </Typography.Text>
        ) : (
          <Typography.Text type="success" strong data-testid="split-difference">
            {t('targetShares.fits')}
          </Typography.Text>
        )}
      </Flex>
      {serverError ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title={serverError}
          data-testid="split-error"
          action={
            conflict ? (
              <Button
                size="small"
                onClick={() => {
                  setConflict(false);
                  setServerError(null);
                  onReload();
                }}
              >
                {t('targetShares.reload')}
              </Button>
            ) : null
          }
        />
      ) : null}
    </Modal>
  );
}
