import {
  Alert,
  App,
  Button,
  Flex,
  Grid,
  InputNumber,
  List,
  Modal,
  Progress,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { isApiError } from '../../api/client';
import { targetSharesApi, type TargetShare, type TargetShareList } from '../../api/target-shares';
import type { Target, Task } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { LIGHT_COLORS } from '../../theme';
import { errorMessage } from '../common/errors';
import { formatNumber } from '../common/format';
import { formatTargetValue } from '../tasks/labels';
import { LightTag } from '../tasks/light-tag';
import { SplitTargetModal } from './split-target-modal';

/** 指标分解到单位 on the task page: for each target with a figure, its shares per unit and the actions allowed. */
export function TargetSharesPanel({ task, onChanged }: { task: Task; onChanged: () => void }) {
  const targets = task.targets.filter((g) => g.targetValue !== null);
  if (targets.length === 0) return null;
  return (
    <Flex vertical gap={16} style={{ marginTop: 16 }}>
      {targets.map((g) => (
        <TargetSharesBlock key={g.id} task={task} target={g} onChanged={onChanged} />
      ))}
    </Flex>
  );
}

function TargetSharesBlock({
  task,
  target,
  onChanged,
}: {
  task: Task;
  target: Target;
  onChanged: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const isMobile = Grid.useBreakpoint().md === false;
  const [list, setList] = useState<TargetShareList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [splitting, setSplitting] = useState(false);
  const [reporting, setReporting] = useState<TargetShare | null>(null);
  const load = useCallback(() => {
    targetSharesApi
      .list(target.id)
      .then(setList)
      .catch((e: unknown) => setError(errorMessage(t, e)));
  }, [target.id, t]);
  useEffect(load, [load]);

  if (error) return <Typography.Text type="danger">{error}</Typography.Text>;
  // A unit without a share of an unsplit target has nothing to see here.
  if (!list) return null;
  const { split, propose } = list.abilities;
  if (list.items.length === 0 && !split && !propose) return null;
  const pending = list.items.some((s) => s.status === 'proposed');
  const approve = async () => {
    try {
      setList(await targetSharesApi.approveSplit(list.targetId, { version: list.splitVersion }));
      void message.success(t('targetShares.approved'));
      onChanged();
    } catch (e) {
      void message.error(errorMessage(t, e));
    }
  };
  const fmt = (v: number | null) => (v === null ? '—' : `${formatNumber(v)}${list.unit}`);
  const shareFigure = (s: TargetShare) =>
    s.targetValueMax !== null
      ? `${formatNumber(s.targetValue)}–${fmt(s.targetValueMax)}`
      : fmt(s.targetValue);
  const percent = (s: TargetShare) =>
    s.progress === null ? (
      <Typography.Text type="secondary">{t('targetShares.notReported')}</Typography.Text>
    ) : (
      <Progress
        percent={Math.min(100, s.progress)}
        format={() => `${formatNumber(s.progress ?? 0, 1)}%`}
        size="small"
        strokeColor={s.light ? LIGHT_COLORS[s.light] : undefined}
        style={{ minWidth: 120, margin: 0 }}
      />
    );
  const unitLabel = (s: TargetShare) => (
    <>
      {s.unitName}
      {s.status === 'proposed' ? (
        <Tag color="orange" style={{ marginInlineStart: 6 }}>
          {t('targetShares.pending')}
        </Tag>
      ) : null}
    </>
  );
  const reportButton = (s: TargetShare) =>
    s.abilities.report ? (
      <Button size="small" onClick={() => setReporting(s)}>
        {t('targetShares.report')}
      </Button>
    ) : null;

  return (
    <section aria-label={t('targetShares.title')} data-testid={`target-shares-${target.id}`}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text strong>
          {t('targetShares.title')} · {list.indicator} {formatTargetValue(t, target)}
        </Typography.Text>
        <Flex gap={8} wrap>
          {list.abilities.approve ? (
            <Button size="small" type="primary" onClick={() => void approve()}>
              {t('targetShares.approve')}
            </Button>
          ) : null}
          {split || propose ? (
            <Button size="small" type="primary" ghost onClick={() => setSplitting(true)}>
              {split
                ? t(list.items.length ? 'targetShares.resplit' : 'targetShares.split')
                : t(list.items.length ? 'targetShares.repropose' : 'targetShares.propose')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      {pending ? (
        <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('targetShares.pendingHint')} />
      ) : null}
      {list.items.length === 0 ? (
        <Typography.Text type="secondary">{t('targetShares.notSplit')}</Typography.Text>
      ) : isMobile ? (
        <List
          size="small"
          bordered
          dataSource={list.items}
          renderItem={(s) => (
            <List.Item>
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex justify="space-between" gap={8}>
                  <Typography.Text strong>{unitLabel(s)}</Typography.Text>
                  <LightTag light={s.light} reasons={s.lightReasons} size="small" />
                </Flex>
                <Typography.Text>
                  {t('targetShares.share')} {shareFigure(s)} · {t('targetShares.current')}{' '}
                  {fmt(s.currentValue)}
                </Typography.Text>
                {percent(s)}
                {reportButton(s)}
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        <Table<TargetShare>
          size="small"
          pagination={false}
          rowKey="id"
          dataSource={list.items}
          columns={[
            { title: t('targetShares.unit'), key: 'unit', ellipsis: true, render: (_, s) => unitLabel(s) },
            {
              title: t('targetShares.share'),
              key: 'share',
              align: 'right',
              render: (_, s) => shareFigure(s),
            },
            {
              title: t('targetShares.current'),
              key: 'current',
              align: 'right',
              render: (_, s) => fmt(s.currentValue),
            },
            { title: t('targetShares.percent'), key: 'percent', width: 180, render: (_, s) => percent(s) },
            {
              title: t('targetShares.light'),
              key: 'light',
              render: (_, s) => <LightTag light={s.light} reasons={s.lightReasons} size="small" />,
            },
            { title: '', key: 'action', render: (_, s) => reportButton(s) },
          ]}
        />
      )}
      {list.items.length > 0 ? (
        <Flex gap={16} wrap style={{ marginTop: 8 }} data-testid="target-shares-totals">
          {list.complete ? (
            <Typography.Text>{t('targetShares.total', { value: fmt(list.sharesTotal) })}</Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('targetShares.ownOnly')}</Typography.Text>
          )}
          <Typography.Text>
            {t('targetShares.districtCurrent', { value: fmt(list.currentValue) })}
          </Typography.Text>
        </Flex>
      ) : null}
      {split || propose ? (
        <SplitTargetModal
          task={task}
          list={list}
          open={splitting}
          onClose={() => setSplitting(false)}
          onSaved={(next) => {
            setList(next);
            setSplitting(false);
            onChanged();
          }}
          onReload={load}
        />
      ) : null}
      <ReportShareModal
        share={reporting}
        indicator={list.indicator}
        unit={list.unit}
        onClose={() => setReporting(null)}
        onSaved={() => {
          setReporting(null);
          load();
          onChanged();
        }}
      />
    </section>
  );
}

/** A unit reports its share's current value (its own share; the lead unit any share). */
function ReportShareModal({
  share,
  indicator,
  unit,
  onClose,
  onSaved,
}: {
  share: TargetShare | null;
  indicator: string;
  unit: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [value, setValue] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setValue(share?.currentValue ?? null);
    setError(null);
  }, [share]);
  const save = async () => {
    if (!share || value === null) return;
    try {
      await targetSharesApi.report(share.id, { currentValue: value, version: share.version });
      void message.success(t('targetShares.reported'));
      onSaved();
    } catch (e) {
      setError(isApiError(e) && e.status === 422 ? e.message : errorMessage(t, e));
    }
  };
  return (
    <Modal
      open={share !== null}
      title={t('targetShares.reportTitle', { unit: share?.unitName ?? '' })}
      onCancel={onClose}
      onOk={() => void save()}
      okButtonProps={{ disabled: value === null }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('targetShares.reportHint', {
          indicator,
          target: share ? `${formatNumber(share.targetValue)}${unit}` : '',
        })}
      </Typography.Paragraph>
      <InputNumber
        value={value}
        onChange={(v) => setValue(typeof v === 'number' ? v : null)}
        aria-label={t('targetShares.current')}
        suffix={unit || undefined}
        style={{ width: '100%' }}
      />
      {error ? <Typography.Text type="danger">{error}</Typography.Text> : null}
    </Modal>
  );
}
