import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import {
  assessmentApi,
  BONUS_KINDS,
  BONUS_LEVELS,
  EVALUATION_PARTIES,
  type BonusKind,
  type BonusLevel,
  type CreateEntryBody,
  type EntryKind,
  type EvaluationParty,
} from '../../api/assessment';
import { useT, type MessageKey } from '../../i18n/i18n';
import { useAllUnits } from '../admin/use-all-units';
import { useMe } from '../auth/session';
import { applyServerErrors, errorMessage } from '../common/errors';
import { bonusLabel, levelLabel, partyLabel } from './labels';

export interface EntryValues {
  kind: EntryKind;
  unitId: string;
  score?: number;
  period?: string;
  party?: EvaluationParty;
  evaluator?: string;
  bonusKind?: BonusKind;
  level?: BonusLevel;
  title?: string;
  date?: Dayjs;
  vetoKind?: string;
  evidence?: string;
}

export const kindLabel = (t: ReturnType<typeof useT>, kind: string) => t(`entry.kind.${kind}` as MessageKey);

export function EntryModal({
  open,
  year,
  vetoes,
  onClose,
  onSaved,
}: {
  open: boolean;
  year: number;
  vetoes: { key: string; name: string }[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const { units } = useAllUnits();
  const [form] = Form.useForm<EntryValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const kinds = me.abilities.entryKinds;
  const isOffice = me.abilities.enterForAnyUnit;
  const kind = Form.useWatch('kind', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setError(null);
    form.setFieldsValue({
      kind: kinds[0],
      ...(isOffice ? {} : { unitId: me.unitId ?? undefined }),
      ...(isOffice ? {} : { party: 'self' }),
      period: String(year),
    });
  }, [open]);

  const submit = async (v: EntryValues) => {
    const base = { year, unitId: v.unitId, evidence: v.evidence?.trim() || null };
    let body: CreateEntryBody;
    if (v.kind === 'satisfaction')
      body = { ...base, kind: 'satisfaction', period: (v.period ?? '').trim(), score: v.score ?? 0 };
    else if (v.kind === 'evaluation')
      body = {
        ...base,
        kind: 'evaluation',
        party: v.party ?? 'self',
        score: v.score ?? 0,
        evaluator: v.evaluator?.trim() || null,
      };
    else if (v.kind === 'bonus')
      body = {
        ...base,
        kind: 'bonus',
        bonusKind: v.bonusKind ?? 'honour',
        level: v.level ?? null,
        title: (v.title ?? '').trim(),
        date: v.date?.format('YYYY-MM-DD') ?? '',
      };
    else
      body = {
        ...base,
        kind: 'veto',
        vetoKind: v.vetoKind ?? '',
        title: (v.title ?? '').trim(),
        date: v.date?.format('YYYY-MM-DD') ?? '',
      };
    setSaving(true);
    setError(null);
    try {
      const created = await assessmentApi.createEntry(body);
      message.success(created.isVerified ? t('entry.created') : t('entry.createdPending'));
      onSaved();
    } catch (e) {
      if (
        !applyServerErrors(form, e, {}, [
          'unitId',
          'score',
          'period',
          'party',
          'evaluator',
          'bonusKind',
          'level',
          'title',
          'date',
          'vetoKind',
          'evidence',
        ])
      )
        setError(e);
    } finally {
      setSaving(false);
    }
  };

  const required = (field: string) => [{ required: true, message: t('common.required', { field }) }];
  return (
    <Modal
      open={open}
      title={t('entry.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving }}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          title={errorMessage(t, error)}
        />
      ) : null}
      <Form<EntryValues>
        form={form}
        name="assessment-entry"
        layout="vertical"
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="kind" label={t('entry.kind')} rules={required(t('entry.kind'))}>
          <Select options={kinds.map((k) => ({ value: k, label: kindLabel(t, k) }))} />
        </Form.Item>
        <Form.Item name="unitId" label={t('entry.unit')} rules={required(t('entry.unit'))}>
          <Select
            showSearch
            optionFilterProp="label"
            disabled={!isOffice}
            options={units.filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        {kind === 'satisfaction' ? (
          <Form.Item name="period" label={t('entry.period')} rules={required(t('entry.period'))}>
            <Input placeholder={t('entry.periodPlaceholder')} maxLength={20} />
          </Form.Item>
        ) : null}
        {kind === 'evaluation' ? (
          <>
            <Form.Item name="party" label={t('entry.party')} rules={required(t('entry.party'))}>
              <Select
                disabled={!isOffice}
                options={EVALUATION_PARTIES.map((p) => ({ value: p, label: partyLabel(t, p) }))}
              />
            </Form.Item>
            <Form.Item name="evaluator" label={t('entry.evaluator')}>
              <Input maxLength={200} />
            </Form.Item>
          </>
        ) : null}
        {kind === 'satisfaction' || kind === 'evaluation' ? (
          <Form.Item name="score" label={t('entry.score')} rules={required(t('entry.score'))}>
            <InputNumber min={0} max={100} step={0.5} style={{ width: 160 }} />
          </Form.Item>
        ) : null}
        {kind === 'bonus' ? (
          <>
            <Form.Item
              name="bonusKind"
              label={t('entry.bonusKind')}
              rules={required(t('entry.bonusKind'))}
              initialValue="honour"
            >
              <Select options={BONUS_KINDS.map((b) => ({ value: b, label: bonusLabel(t, b) }))} />
            </Form.Item>
            <Form.Item name="level" label={t('entry.level')}>
              <Select allowClear options={BONUS_LEVELS.map((l) => ({ value: l, label: levelLabel(t, l) }))} />
            </Form.Item>
          </>
        ) : null}
        {kind === 'veto' ? (
          <Form.Item name="vetoKind" label={t('entry.vetoKind')} rules={required(t('entry.vetoKind'))}>
            <Select options={vetoes.map((v) => ({ value: v.key, label: v.name }))} />
          </Form.Item>
        ) : null}
        {kind === 'bonus' || kind === 'veto' ? (
          <>
            <Form.Item
              name="title"
              label={t('entry.titleField')}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: t('common.required', { field: t('entry.titleField') }),
                },
              ]}
            >
              <Input maxLength={500} />
            </Form.Item>
            <Form.Item name="date" label={t('entry.date')} rules={required(t('entry.date'))}>
              <DatePicker style={{ width: 200 }} />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="evidence" label={t('entry.evidence')}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={5000}
            placeholder={t('entry.evidencePlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
