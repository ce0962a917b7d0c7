import { CheckOutlined, SyncOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Modal, Popconfirm, Select, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../api/client';
import { reportsApi, tasksApi } from '../../api/endpoints';
import type { BatchFailure, Task } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { useReportPeriodKind } from '../common/use-settings';
import { periodLabel, recentPeriods } from './period';

/** The failures of a 422 BATCH_REFUSED (the batch changed nothing), or null for any other error. */
export function batchFailuresOf(e: unknown): BatchFailure[] | null {
  if (!isApiError(e) || e.code !== 'BATCH_REFUSED') return null;
  const failures = e.details['failures'];
  return Array.isArray(failures) ? (failures as BatchFailure[]) : [];
}

/**
 * 批量签收 and 本期无变化 for the selected tasks. Each button acts on the selected tasks whose abilities (sent by
 * the server) allow it and shows only when there is one; the server still decides, all or nothing, and when it
 * refuses the clerk sees every task that could not be handled and why.
 */
export function BatchActions({
  selected,
  onClear,
  onDone,
}: {
  selected: readonly Task[];
  onClear: () => void;
  /** After a batch went through: reload what shows the tasks. */
  onDone: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const periodKind = useReportPeriodKind();
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState<BatchFailure[] | null>(null);
  const [reporting, setReporting] = useState(false);
  const [period, setPeriod] = useState<string | null>(null);
  const acceptable = selected.filter((task) => task.abilities.accept);
  const reportable = selected.filter((task) => task.abilities.report);
  const others = selected.filter((task) => !task.abilities.accept && !task.abilities.report).length;
  const periods = recentPeriods(periodKind);

  const run = async (work: () => Promise<number>, done: (count: number) => string) => {
    setBusy(true);
    setFailures(null);
    try {
      const count = await work();
      message.success(done(count));
      setReporting(false);
      onDone();
    } catch (e) {
      const refused = batchFailuresOf(e);
      if (refused) {
        setReporting(false);
        setFailures(refused);
      } else message.error(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  const accept = () =>
    run(
      async () => (await tasksApi.acceptBatch(acceptable.map((task) => task.id))).items.length,
      (count) => t('batch.accepted', { count }),
    );
  const chosenPeriod = period ?? periods[0] ?? '';
  const reportUnchanged = () =>
    run(
      async () =>
        (
          await reportsApi.submitUnchanged(
            reportable.map((task) => task.id),
            chosenPeriod,
          )
        ).items.length,
      (count) => t('batch.unchangedDone', { count, period: periodLabel(t, chosenPeriod) }),
    );
  const titleOf = (id: string) => {
    const task = selected.find((x) => x.id === id);
    return task ? `${task.code ?? ''} ${task.title}`.trim() : id;
  };

  if (selected.length === 0 && !failures) return null;
  return (
    <div className="luoshi-batch-bar" role="region" aria-label={t('batch.title')}>
      <Flex align="center" gap={8} wrap>
        <Typography.Text strong>{t('batch.selected', { count: selected.length })}</Typography.Text>
        {acceptable.length > 0 ? (
          <Popconfirm
            title={t('batch.acceptConfirm', { count: acceptable.length })}
            okText={t('batch.accept', { count: acceptable.length })}
            cancelText={t('common.cancel')}
            onConfirm={() => void accept()}
          >
            <Button type="primary" icon={<CheckOutlined />} loading={busy}>
              {t('batch.accept', { count: acceptable.length })}
            </Button>
          </Popconfirm>
        ) : null}
        {reportable.length > 0 ? (
          <Button icon={<SyncOutlined />} loading={busy} onClick={() => setReporting(true)}>
            {t(periodKind === 'quarter' ? 'batch.unchangedQuarter' : 'batch.unchangedMonth', {
              count: reportable.length,
            })}
          </Button>
        ) : null}
        {others > 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('batch.others', { count: others })}
          </Typography.Text>
        ) : null}
        <Button type="link" size="small" onClick={onClear} style={{ marginInlineStart: 'auto' }}>
          {t('batch.clear')}
        </Button>
      </Flex>
      {failures ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          closable={{ onClose: () => setFailures(null) }}
          style={{ marginTop: 8 }}
          title={t('batch.refused', { count: failures.length })}
          description={
            <ul className="luoshi-batch-failures">
              {failures.map((f) => (
                <li key={f.taskId}>
                  {f.code === 'NOT_FOUND' ? `${titleOf(f.taskId)}：${f.message}` : f.message}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Modal
        open={reporting}
        title={t('batch.unchangedTitle')}
        okText={t('batch.unchangedSubmit')}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        onOk={() => void reportUnchanged()}
        onCancel={() => setReporting(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('batch.unchangedHint', { count: reportable.length })}</Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('batch.unchangedPeriod')} style={{ marginBottom: 0 }}>
            <Select
              value={chosenPeriod}
              onChange={setPeriod}
              aria-label={t('batch.unchangedPeriod')}
              options={periods.map((p) => ({ value: p, label: periodLabel(t, p) }))}
              style={{ width: 200 }}
            />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
