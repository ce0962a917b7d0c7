import { TargetValueFields } from '../tasks/target-value-fields';
import {
  Alert,
  App,
  Button,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Select,
  Slider,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { reportsApi } from '../../api/endpoints';
import type { Report, SubmitReportBody, Task } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { isApiError } from '../../api/client';
import { EvidenceUpload } from '../common/evidence-upload';
import { applyServerErrors, errorMessage } from '../common/errors';
import { useReportPeriodKind } from '../common/use-settings';
import { periodLabel, recentPeriods } from '../tasks/period';
import { SubtaskRollupHint } from '../subtasks/subtasks-card';
import { ShareConsolidation } from '../shares/share-consolidation';

interface ReportFormValues {
  period: string;
  progress: number;
  narrative: string;
  problems?: string;
  nextSteps?: string;
  publicSummary?: string;
  values?: Record<string, number | null | undefined>;
  attachmentIds?: string[];
  shareIds?: string[];
}

const FORM_FIELDS = ['period', 'progress', 'narrative', 'problems', 'nextSteps', 'publicSummary'] as const;

/** 进度: a slider for the thumb and a number for the keyboard, one value. */
function ProgressInput({
  value = 0,
  onChange,
  id,
}: {
  value?: number;
  onChange?: (value: number) => void;
  id?: string;
}) {
  const t = useT();
  return (
    <Flex align="center" gap={12}>
      <Slider
        min={0}
        max={100}
        value={value}
        onChange={(v) => onChange?.(v)}
        style={{ flex: 1, minWidth: 0 }}
        tooltip={{ formatter: (v) => `${v ?? 0}%` }}
        aria-label={t('report.progressSlider')}
      />
      <InputNumber<number>
        id={id}
        min={0}
        max={100}
        precision={0}
        value={value}
        onChange={(v) => onChange?.(v ?? 0)}
        suffix="%"
        style={{ width: 96 }}
        aria-label={t('report.progress')}
      />
    </Flex>
  );
}

/**
 * 填报进展: the lead unit's report for a period — progress, work done, problems, next steps and a value for
 * each target. A returned report is corrected by filing the same period again (`correcting`).
 */
export function ReportFormDrawer({
  task,
  reports,
  correcting,
  open,
  onClose,
  onSubmitted,
}: {
  task: Task;
  reports: readonly Report[];
  correcting: Report | null;
  open: boolean;
  onClose: () => void;
  onSubmitted: (report: Report) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<ReportFormValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const numericTargets = task.targets;
  const period = Form.useWatch('period', form);

  const taken = useMemo(
    () => new Map(reports.filter((r) => r.status !== 'returned').map((r) => [r.period, r])),
    [reports],
  );
  // Months or quarters, as the district reports (setting reports.period); the server refuses the other kind.
  const periodKind = useReportPeriodKind();
  const periodOptions = useMemo(() => {
    const list = recentPeriods(periodKind);
    if (correcting && !list.includes(correcting.period)) list.unshift(correcting.period);
    return list.map((p) => ({
      value: p,
      label: taken.has(p) ? `${periodLabel(t, p)}（${t('report.periodTaken')}）` : periodLabel(t, p),
      disabled: taken.has(p),
    }));
  }, [correcting, taken, t, periodKind]);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (correcting) {
      form.setFieldsValue({
        period: correcting.period,
        progress: correcting.progress,
        narrative: correcting.narrative,
        problems: correcting.problems ?? '',
        nextSteps: correcting.nextSteps ?? '',
        publicSummary: correcting.publicSummary ?? '',
        values: Object.fromEntries(correcting.indicatorValues.map((v) => [v.targetId, v.value])),
      });
    } else {
      const free = periodOptions.find((o) => !o.disabled)?.value ?? recentPeriods(periodKind)[0];
      form.setFieldsValue({
        period: free,
        progress: task.progress,
        values: Object.fromEntries(task.targets.map((g) => [g.id, g.currentValue ?? undefined])),
      });
    }
    // Only when the drawer opens: typing must not be reset by a reload of the page behind it.
  }, [open]);

  const submit = async (values: ReportFormValues) => {
    setSaving(true);
    setError(null);
    const body: SubmitReportBody = {
      period: values.period,
      progress: values.progress,
      narrative: values.narrative.trim(),
      problems: values.problems?.trim() || null,
      nextSteps: values.nextSteps?.trim() || null,
      publicSummary: values.publicSummary?.trim() || null,
      indicatorValues: Object.entries(values.values ?? {})
        .filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]))
        .map(([targetId, value]) => ({ targetId, value })),
      ...(values.attachmentIds?.length ? { attachmentIds: values.attachmentIds } : {}),
      ...(values.shareIds?.length ? { shareIds: values.shareIds } : {}),
    };
    try {
      const report = await reportsApi.submit(task.id, body);
      message.success(t('report.submitted', { period: periodLabel(t, report.period) }));
      onSubmitted(report);
    } catch (e) {
      // Typed values stay in the form; the server's message goes beside the field it names.
      const onEvidence = isApiError(e)
        ? e.fieldErrors.filter((f) => f.path.startsWith('attachmentIds')).map((f) => f.message)
        : [];
      if (onEvidence.length > 0) form.setFields([{ name: 'attachmentIds', errors: onEvidence }]);
      if (!applyServerErrors(form, e, {}, FORM_FIELDS) && onEvidence.length === 0) setError(e);
      else setError(null);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={screens.md === false ? '100%' : 600}
      title={correcting ? t('report.correctTitle') : t('report.formTitle')}
      destroyOnHidden={false}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('report.submit')}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {task.code ? `${task.code} · ` : ''}
        {task.title}
      </Typography.Paragraph>
      {correcting?.reviewComment ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('report.returnedWith')}
          description={correcting.reviewComment}
        />
      ) : null}
      {error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={errorMessage(t, error)}
        />
      ) : null}
      <Form<ReportFormValues>
        form={form}
        name="report"
        layout="vertical"
        onFinish={(v) => void submit(v)}
        requiredMark
        className="luoshi-report-form"
      >
        <Form.Item
          name="period"
          label={t('report.period')}
          rules={[{ required: true, message: t('common.requiredSelect', { field: t('report.period') }) }]}
        >
          <Select options={periodOptions} disabled={correcting !== null} />
        </Form.Item>
        <Form.Item
          name="progress"
          label={t('report.progress')}
          extra={t('report.progressHint')}
          rules={[{ required: true, message: t('common.required', { field: t('report.progress') }) }]}
        >
          <ProgressInput />
        </Form.Item>
        <SubtaskRollupHint taskId={task.id} onAccept={(p) => form.setFieldValue('progress', p)} />
        <TargetValueFields targets={numericTargets} legend={t('report.indicatorValues')} showTarget />
        <Form.Item
          name="narrative"
          label={t('report.narrative')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('report.narrative') }),
            },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 12 }}
            maxLength={20000}
            placeholder={t('report.narrativePlaceholder')}
          />
        </Form.Item>
        <Form.Item name="shareIds" noStyle>
          <ShareConsolidation task={task} period={period} />
        </Form.Item>
        <Form.Item name="problems" label={t('report.problems')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={20000} />
        </Form.Item>
        <Form.Item name="nextSteps" label={t('report.nextSteps')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={20000} />
        </Form.Item>
        <Form.Item
          name="publicSummary"
          label={t('report.publicSummary')}
          extra={t('report.publicSummaryHint')}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item name="attachmentIds" label={t('evidence.title')}>
          <EvidenceUpload />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
