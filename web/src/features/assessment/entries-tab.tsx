import {
  Alert,
  App,
  Button,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import {
  assessmentApi,
  BONUS_KINDS,
  BONUS_LEVELS,
  EVALUATION_PARTIES,
  type BonusKind,
  type BonusLevel,
  type CreateEntryBody,
  type Entry,
  type EntryKind,
  type EvaluationParty,
} from '../../api/assessment';
import { useRequest } from '../../api/use-request';
import { useT, type MessageKey } from '../../i18n/i18n';
import { useAllUnits } from '../admin/use-all-units';
import { useMe } from '../auth/session';
import { applyServerErrors, errorMessage } from '../common/errors';
import { formatDateTime } from '../common/format';
import { useUrlFilters } from '../common/use-url-filters';
import { bonusLabel, levelLabel, partyLabel } from './labels';
import { LoadFailed } from './load-failed';

interface EntryValues {
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

const kindLabel = (t: ReturnType<typeof useT>, kind: string) => t(`entry.kind.${kind}` as MessageKey);

function EntryModal({
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

/** What an entry says, in a line: the score and its party or period, or the honour or veto with its date. */
function entryDetail(t: ReturnType<typeof useT>, e: Entry, vetoes: Map<string, string>): string {
  const d = e.data;
  const s = (k: string) => (d[k] === undefined || d[k] === null ? '' : String(d[k]));
  switch (e.kind) {
    case 'satisfaction':
      return `${s('period')} · ${s('score')}`;
    case 'evaluation':
      return `${partyLabel(t, s('party'))}${s('evaluator') ? `（${s('evaluator')}）` : ''} · ${s('score')}`;
    case 'bonus':
      return `${bonusLabel(t, s('bonusKind'))}${s('level') ? ` · ${levelLabel(t, s('level'))}` : ''} · ${s('title')} · ${s('date')}`;
    default:
      return `${vetoes.get(s('vetoKind')) ?? s('vetoKind')} · ${s('title')} · ${s('date')}`;
  }
}

/** 考核录入: satisfaction and evaluation scores, bonuses and vetoes with evidence; the office verifies. */
export function EntriesTab({ year }: { year: number }) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const { byId } = useAllUnits();
  const [filters, setFilters] = useUrlFilters(['kind'] as const);
  const list = useRequest((signal) => assessmentApi.entries(year, signal), [year]);
  const schemes = useRequest((signal) => assessmentApi.schemes(year, signal), [year]);
  const [adding, setAdding] = useState(false);
  const isOffice = me.abilities.enterForAnyUnit;
  const canAdd = me.abilities.entryKinds.length > 0;
  // Vetoes are the ones of the scheme in force: the latest published, else the default.
  const vetoes = useMemo(() => {
    const items = schemes.data?.items ?? [];
    const inForce = items.find((r) => r.status === 'published') ?? items.find((r) => r.status === 'default');
    return inForce?.scheme.vetoes ?? [];
  }, [schemes.data]);
  const vetoNames = useMemo(() => new Map(vetoes.map((v) => [v.key, v.name])), [vetoes]);
  const items = (list.data?.items ?? []).filter((e) => !filters.kind || e.kind === filters.kind);

  const verify = async (e: Entry) => {
    try {
      await assessmentApi.verifyEntry(e.id);
      message.success(t('entry.verifiedDone'));
    } catch (err) {
      message.error(errorMessage(t, err));
    }
    list.reload();
  };

  return (
    <>
      <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('entry.kind')}
          allowClear
          placeholder={t('entry.filterKind')}
          style={{ width: 180 }}
          value={filters.kind || undefined}
          onChange={(v?: string) => setFilters({ kind: v ?? null })}
          options={(['satisfaction', 'evaluation', 'bonus', 'veto'] as const).map((k) => ({
            value: k,
            label: kindLabel(t, k),
          }))}
        />
        {canAdd ? (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('entry.add')}
          </Button>
        ) : null}
      </Flex>
      {list.error && !list.loading ? (
        <LoadFailed error={list.error} onRetry={list.reload} />
      ) : (
        <Table<Entry>
          rowKey="id"
          size="middle"
          loading={list.loading}
          dataSource={items}
          tableLayout="fixed"
          scroll={{ x: 900 }}
          pagination={{
            defaultPageSize: 20,
            pageSizeOptions: [20, 50, 100],
            showSizeChanger: true,
            hideOnSinglePage: true,
          }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t(isOffice ? 'entry.empty' : 'entry.emptyUnit')}
              />
            ),
          }}
          columns={[
            { title: t('entry.kind'), key: 'kind', width: 110, render: (_, e) => kindLabel(t, e.kind) },
            {
              title: t('entry.unit'),
              key: 'unit',
              width: 160,
              ellipsis: { showTitle: true },
              render: (_, e) => byId.get(e.unitId)?.name ?? '—',
            },
            {
              title: t('entry.detail'),
              key: 'detail',
              ellipsis: { showTitle: false },
              render: (_, e) => {
                const text = entryDetail(t, e, vetoNames);
                return (
                  <Tooltip title={text} placement="topLeft">
                    <span>{text}</span>
                  </Tooltip>
                );
              },
            },
            {
              title: t('entry.evidence'),
              key: 'evidence',
              width: 200,
              ellipsis: { showTitle: false },
              render: (_, e) =>
                e.evidence ? (
                  <Tooltip
                    title={<span style={{ whiteSpace: 'pre-wrap' }}>{e.evidence}</span>}
                    placement="topLeft"
                  >
                    <span>{e.evidence}</span>
                  </Tooltip>
                ) : (
                  <Typography.Text type="secondary">—</Typography.Text>
                ),
            },
            {
              title: t('entry.createdAt'),
              key: 'createdAt',
              width: 150,
              render: (_, e) => formatDateTime(e.createdAt),
            },
            {
              title: t('entry.status'),
              key: 'status',
              width: 150,
              fixed: 'right',
              render: (_, e) =>
                e.isVerified ? (
                  <Tag color="green">{t('entry.verified')}</Tag>
                ) : (
                  <Flex gap={4} align="center" wrap>
                    <Tag color="gold">{t('entry.unverified')}</Tag>
                    {e.abilities.verify ? (
                      <Popconfirm
                        title={t('entry.verifyConfirm')}
                        okText={t('entry.verify')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => void verify(e)}
                      >
                        <Button size="small" type="primary">
                          {t('entry.verify')}
                        </Button>
                      </Popconfirm>
                    ) : null}
                  </Flex>
                ),
            },
          ]}
        />
      )}
      <EntryModal
        open={adding}
        year={year}
        vetoes={vetoes}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          list.reload();
        }}
      />
    </>
  );
}
