import { App, Button, Drawer, Flex, Form, Input, Select, Switch, TreeSelect } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { unitsApi } from '../../api/endpoints';
import { UNIT_KINDS, type Unit, type UnitKind } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { applyServerErrors, errorMessage } from '../common/errors';
import { isVersionConflict, VersionConflictAlert } from '../common/version-conflict';
import { descendantIds, unitTree } from './use-all-units';

interface Values {
  name: string;
  code: string;
  kind: UnitKind;
  parentId?: string | null;
  active: boolean;
}

const FIELDS = ['name', 'code', 'kind', 'parentId', 'active'] as const;

function toValues(unit: Unit | null): Values {
  return unit
    ? { name: unit.name, code: unit.code, kind: unit.kind, parentId: unit.parentId, active: unit.active }
    : { name: '', code: '', kind: 'department', parentId: null, active: true };
}

/** Create or edit a unit. Errors keep what was typed; a 409 says who changed it and offers to reload. */
export function UnitFormDrawer({
  open,
  unit,
  units,
  onClose,
  onReloaded,
  onSaved,
}: {
  open: boolean;
  /** The unit to edit, or null to create one. */
  unit: Unit | null;
  units: readonly Unit[];
  onClose: () => void;
  /** Called after the latest version was fetched (the list behind is stale too). */
  onReloaded?: () => void;
  onSaved: (unit: Unit, created: boolean) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [baseline, setBaseline] = useState<Unit | null>(unit);
  const [conflict, setConflict] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [reloading, setReloading] = useState(false);

  useEffect(() => {
    if (!open) return;
    setBaseline(unit);
    setConflict(null);
    form.resetFields();
    form.setFieldsValue(toValues(unit));
  }, [open, unit, form]);

  const tree = useMemo(
    () => unitTree(units, baseline ? descendantIds(units, baseline.id) : new Set()),
    [units, baseline],
  );

  const reloadLatest = async () => {
    if (!baseline) return;
    setReloading(true);
    try {
      const { items } = await unitsApi.list({});
      const latest = items.find((u) => u.id === baseline.id);
      if (!latest) {
        message.error(t('error.notFound'));
        return;
      }
      setBaseline(latest);
      setConflict(null);
      form.setFieldsValue(toValues(latest));
      onReloaded?.();
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setReloading(false);
    }
  };

  const onFinish = async (values: Values) => {
    setSaving(true);
    setConflict(null);
    try {
      const parentId = values.parentId || null;
      const saved = baseline
        ? await unitsApi.update(baseline.id, {
            version: baseline.version,
            name: values.name.trim(),
            code: values.code.trim(),
            kind: values.kind,
            parentId,
            active: values.active,
          })
        : await unitsApi.create({
            name: values.name.trim(),
            code: values.code.trim(),
            kind: values.kind,
            ...(parentId ? { parentId } : {}),
          });
      message.success(baseline ? t('units.updated') : t('units.created'));
      onSaved(saved, !baseline);
    } catch (e) {
      if (isVersionConflict(e)) {
        setConflict(e);
      } else if (!applyServerErrors(form, e, { DUPLICATE: t('units.duplicateCode') }, FIELDS)) {
        message.error(errorMessage(t, e));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={baseline ? t('units.editTitle') : t('units.createTitle')}
      size={480}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {conflict ? <VersionConflictAlert error={conflict} onReload={() => void reloadLatest()} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={saving || reloading}
        initialValues={toValues(unit)}
      >
        <Form.Item
          label={t('units.name')}
          name="name"
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('units.name') }) },
            { max: 100 },
          ]}
        >
          <Input maxLength={100} showCount autoFocus />
        </Form.Item>
        <Form.Item
          label={t('units.code')}
          name="code"
          extra={t('units.codeHint')}
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('units.code') }) },
            { pattern: /^[A-Za-z0-9_-]{1,32}$/, message: t('units.codeInvalid') },
          ]}
        >
          <Input maxLength={32} className="luoshi-mono" />
        </Form.Item>
        <Form.Item
          label={t('units.kind')}
          name="kind"
          rules={[{ required: true, message: t('common.requiredSelect', { field: t('units.kind') }) }]}
        >
          <Select options={UNIT_KINDS.map((k) => ({ value: k, label: t(`units.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item label={t('units.parent')} name="parentId">
          <TreeSelect
            allowClear
            showSearch
            treeDefaultExpandAll
            placeholder={t('units.noParent')}
            treeData={tree}
            treeNodeFilterProp="title"
          />
        </Form.Item>
        {baseline ? (
          <Form.Item label={t('units.active')} name="active" valuePropName="checked">
            <Switch />
          </Form.Item>
        ) : null}
      </Form>
    </Drawer>
  );
}
