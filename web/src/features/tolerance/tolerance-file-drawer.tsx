import { App, Button, Drawer, Form, Input, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { assessmentApi } from '../../api/assessment';
import { toleranceApi, type ToleranceRequest } from '../../api/follow-bulletins';
import { useRequest } from '../../api/use-request';
import type { ToleranceTargetKind } from '../../../../src/domain/vocabulary';
import { useT } from '../../i18n/i18n';
import { applyServerErrors, errorMessage } from '../common/errors';
import { EvidenceUpload } from '../common/evidence-upload';

interface Values {
  targetKind: ToleranceTargetKind;
  targetId: string;
  circumstances: string;
  evidence?: string;
  attachmentIds?: string[];
}

// The evidence kind (and reason) of the assessment that each target kind names.
const evidenceOf: Record<ToleranceTargetKind, { kind: string; reason?: string }> = {
  bulletin_criticism: { kind: 'bulletin_criticism' },
  interview: { kind: 'interview' },
  accountability: { kind: 'accountability' },
  red_light: { kind: 'light', reason: 'red' },
};

/**
 * 提出容错纠错申请: the unit picks one of its own deductions (from its assessment breakdown of the year), says
 * what happened and lists its evidence.
 */
export function ToleranceFileDrawer({
  open,
  kinds,
  onClose,
  onFiled,
}: {
  open: boolean;
  kinds: readonly ToleranceTargetKind[];
  onClose: () => void;
  onFiled: (r: ToleranceRequest) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const kind = Form.useWatch('targetKind', form);
  const year = new Date().getFullYear();
  // The caller's own breakdowns with their evidence lists: the results list carries counts only.
  const results = useRequest(
    async (signal) => {
      if (!open) return undefined;
      const all = await assessmentApi.results({ year }, signal);
      const own = all.groups.flatMap((g) => g.units).filter((u) => !u.breakdownHidden);
      const ids = [...new Set(own.map((u) => u.unitId))];
      return Promise.all(
        ids.map((id) => assessmentApi.unitResult(id, { year, asOf: all.asOf }, signal).then((d) => d.unit)),
      );
    },
    [open, year],
  );
  const options = useMemo(() => {
    if (!kind || !results.data) return [];
    const want = evidenceOf[kind];
    const seen = new Set<string>();
    return results.data
      .flatMap((u) => u.deductions.items.flatMap((i) => i.evidence))
      .filter((e) => e.kind === want.kind && (!want.reason || e.reason === want.reason))
      .filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)))
      .map((e) => ({ value: e.id, label: e.label }));
  }, [kind, results.data]);

  const submit = async (v: Values) => {
    setSaving(true);
    try {
      const created = await toleranceApi.file({
        targetKind: v.targetKind,
        targetId: v.targetId,
        circumstances: v.circumstances,
        ...(v.evidence ? { evidence: v.evidence } : {}),
        ...(v.attachmentIds?.length ? { attachmentIds: v.attachmentIds } : {}),
      });
      message.success(t('tolerance.filedOk'));
      form.resetFields();
      onFiled(created);
    } catch (e) {
      if (
        !applyServerErrors(form, e, {}, [
          'targetKind',
          'targetId',
          'circumstances',
          'evidence',
          'attachmentIds',
        ])
      )
        message.error(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer open={open} onClose={onClose} title={t('tolerance.file')} size="large" destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('tolerance.fileHint')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={saving}>
        <Form.Item
          name="targetKind"
          label={t('tolerance.targetKind')}
          rules={[
            { required: true, message: t('common.requiredSelect', { field: t('tolerance.targetKind') }) },
          ]}
        >
          <Select
            options={kinds.map((k) => ({ value: k, label: t(`tolerance.kind.${k}`) }))}
            onChange={() => form.setFieldValue('targetId', undefined)}
          />
        </Form.Item>
        <Form.Item
          name="targetId"
          label={t('tolerance.target')}
          rules={[{ required: true, message: t('common.requiredSelect', { field: t('tolerance.target') }) }]}
          extra={kind && !results.loading && options.length === 0 ? t('tolerance.noTargets') : undefined}
        >
          <Select loading={results.loading} options={options} optionFilterProp="label" showSearch />
        </Form.Item>
        <Form.Item
          name="circumstances"
          label={t('tolerance.circumstances')}
          rules={[{ required: true, whitespace: true, message: t('tolerance.circumstancesRequired') }]}
        >
          <Input.TextArea rows={5} maxLength={4000} showCount />
        </Form.Item>
        <Form.Item name="evidence" label={t('tolerance.evidence')} extra={t('tolerance.evidenceHint')}>
          <Input.TextArea rows={3} maxLength={4000} showCount />
        </Form.Item>
        <Form.Item name="attachmentIds" label={t('tolerance.evidenceFiles')}>
          <EvidenceUpload />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('tolerance.submit')}
        </Button>
      </Form>
    </Drawer>
  );
}
