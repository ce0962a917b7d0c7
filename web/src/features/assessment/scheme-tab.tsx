import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Flex,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { isApiError } from '../../api/client';
import {
  ACCOUNTABILITY_KINDS,
  assessmentApi,
  BONUS_KINDS,
  BONUS_LEVELS,
  COMPONENT_KEYS,
  DEDUCTION_KINDS,
  EVALUATION_PARTIES,
  NO_FACTS_POLICIES as NO_FACTS,
  type AssessmentResult,
  type BonusKind,
  type BonusRule,
  type ComponentKey,
  type DeductionKind,
  type DeductionRule,
  type Scheme,
  type SchemeComponent,
  type SchemeRecord,
} from '../../api/assessment';
import { UNIT_KINDS, type Unit } from '../../api/types';
import { useRequest } from '../../api/use-request';
import { useT, type MessageKey } from '../../i18n/i18n';
import { useAllUnits } from '../admin/use-all-units';
import { errorMessage } from '../common/errors';
import {
  accountabilityLabel,
  bonusLabel,
  componentLabel,
  deductionLabel,
  levelLabel,
  partyLabel,
  pts,
} from './labels';
import { GradeTags } from './ranking-tab';
import { LoadFailed } from './load-failed';


/** What a component starts with when it is switched on in the editor (the engine's defaults). */
function newComponent(key: ComponentKey): SchemeComponent {
  if (key === 'task_completion')
    return { key, weight: 0, lateDayPenalty: 1, lateFloor: 60, keyTaskWeight: 2, whenNoFacts: 'reweight' };
  if (key === 'evaluation')
    return {
      key,
      weight: 0,
      partyWeights: { self: 10, organisation: 40, serviceObject: 30, lineManagement: 20 },
      whenNoFacts: 'reweight',
    };
  return { key, weight: 0, whenNoFacts: key === 'rectification' ? 'full' : 'reweight' };
}
function newDeduction(kind: DeductionKind): DeductionRule {
  if (kind === 'accountability') return { kind, amounts: {}, cap: null };
  if (kind === 'yellow_month') return { kind, amount: 1, perCount: 2, cap: null };
  return { kind, amount: 1, cap: null };
}
function newBonus(kind: BonusKind): BonusRule {
  return kind === 'bulletin_praise' ? { kind, amount: 0.5, cap: null } : { kind, amounts: {}, cap: null };
}

/** Sums in cents, as the server does, so 33.33 + 66.67 is exactly 100. */
const sum = (values: number[]) => values.reduce((s, v) => s + Math.round(v * 100), 0) / 100;

interface FieldError {
  path: string;
  message: string;
}

/** The server's messages for a part of the scheme: its own path or anything below it. */
function errorsAt(errors: readonly FieldError[], path: string): string[] {
  const full = `scheme.${path}`;
  return errors.filter((e) => e.path === full || e.path.startsWith(`${full}.`)).map((e) => e.message);
}

function Errors({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div role="alert">
      {messages.map((m) => (
        <Typography.Text key={m} type="danger" style={{ display: 'block' }}>
          {m}
        </Typography.Text>
      ))}
    </div>
  );
}

function Num({
  value,
  onChange,
  label,
  disabled,
  nullable,
  placeholder,
  min = 0,
  max = 100,
  width = 96,
}: {
  value: number | null | undefined;
  onChange: (v: number | null) => void;
  label: string;
  disabled: boolean;
  nullable?: boolean;
  placeholder?: string;
  min?: number;
  max?: number;
  width?: number;
}) {
  return (
    <InputNumber
      aria-label={label}
      value={value ?? null}
      min={min}
      max={max}
      // Step 1 keeps whole numbers plain (5, not 5.0); decimals such as 0.5 can still be typed.
      step={1}
      disabled={disabled}
      placeholder={placeholder}
      style={{ width }}
      onChange={(v) => {
        if (v === null || v === undefined) onChange(nullable ? null : 0);
        else onChange(Number(v));
      }}
    />
  );
}

/** Which units land in each group, as the engine places them: named units first, then by kind. */
function membersOf(scheme: Scheme, units: readonly Unit[]): Map<string, Unit[]> {
  const named = new Map<string, string>();
  for (const g of scheme.groups) for (const id of g.unitIds) named.set(id, g.key);
  const out = new Map<string, Unit[]>(scheme.groups.map((g) => [g.key, []]));
  for (const u of units) {
    if (!u.active) continue;
    const key = named.get(u.id) ?? scheme.groups.find((g) => g.unitKinds.includes(u.kind))?.key;
    if (key) out.get(key)?.push(u);
  }
  return out;
}

/** The form of a scheme: groups, components and weights, deductions, bonuses, vetoes, grades. */
function SchemeForm({
  scheme,
  disabled,
  errors,
  onChange,
}: {
  scheme: Scheme;
  disabled: boolean;
  errors: readonly FieldError[];
  onChange: (next: Scheme) => void;
}) {
  const t = useT();
  const { units } = useAllUnits();
  const update = (fn: (s: Scheme) => void) => {
    const next = structuredClone(scheme);
    fn(next);
    onChange(next);
  };
  const members = useMemo(() => membersOf(scheme, units), [scheme, units]);
  const weightSum = sum(scheme.components.map((c) => c.weight));
  const unitOptions = units.filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }));
  const section = (title: ReactNode, children: ReactNode, path: string, extra?: ReactNode) => (
    <Card size="small" title={title} extra={extra}>
      {children}
      <Errors messages={errorsAt(errors, path)} />
    </Card>
  );

  return (
    <Flex vertical gap={12}>
      <Flex vertical gap={4}>
        <Typography.Text strong>{t('scheme.name')}</Typography.Text>
        <Input
          aria-label={t('scheme.name')}
          value={scheme.name}
          disabled={disabled}
          maxLength={200}
          onChange={(e) => update((s) => void (s.name = e.target.value))}
        />
        <Errors messages={errorsAt(errors, 'name')} />
      </Flex>

      {section(
        t('scheme.components'),
        <>
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={COMPONENT_KEYS.map((key) => ({
              key,
              c: scheme.components.find((c) => c.key === key),
            }))}
            scroll={{ x: 520 }}
            columns={[
              {
                title: t('scheme.componentUsed'),
                key: 'used',
                width: 56,
                render: (_, r) => (
                  <Checkbox
                    aria-label={`${componentLabel(t, r.key)} ${t('scheme.componentUsed')}`}
                    checked={r.c !== undefined}
                    disabled={disabled}
                    onChange={(e) =>
                      update((s) => {
                        s.components = e.target.checked
                          ? COMPONENT_KEYS.map(
                              (k) =>
                                s.components.find((c) => c.key === k) ??
                                (k === r.key ? newComponent(k) : undefined),
                            ).filter((c) => c !== undefined)
                          : s.components.filter((c) => c.key !== r.key);
                        if (!e.target.checked) s.tieBreak = s.tieBreak.filter((k) => k !== r.key);
                      })
                    }
                  />
                ),
              },
              {
                title: t('scheme.component'),
                key: 'name',
                width: 120,
                render: (_, r) => componentLabel(t, r.key),
              },
              {
                title: t('scheme.weight'),
                key: 'weight',
                width: 110,
                render: (_, r) =>
                  r.c ? (
                    <Num
                      label={`${componentLabel(t, r.key)} ${t('scheme.weight')}`}
                      value={r.c.weight}
                      disabled={disabled}
                      onChange={(v) =>
                        update((s) => void (s.components.find((c) => c.key === r.key)!.weight = v ?? 0))
                      }
                    />
                  ) : null,
              },
              {
                title: t('scheme.params'),
                key: 'noFacts',
                render: (_, r) =>
                  r.c ? (
                    <Flex vertical gap={6}>
                      <Space size={4}>
                        <Typography.Text type="secondary">{t('scheme.whenNoFacts')}</Typography.Text>
                        <Select
                          aria-label={`${componentLabel(t, r.key)} ${t('scheme.whenNoFacts')}`}
                          size="small"
                          style={{ width: 110 }}
                          disabled={disabled}
                          value={r.c.whenNoFacts ?? 'reweight'}
                          options={NO_FACTS.map((p) => ({
                            value: p,
                            label: t(`scheme.noFacts.${p}` as MessageKey),
                          }))}
                          onChange={(v) =>
                            update((s) => void (s.components.find((c) => c.key === r.key)!.whenNoFacts = v))
                          }
                        />
                      </Space>
                      {r.key === 'task_completion' ? (
                        <Space wrap size={[8, 4]}>
                          {(['lateDayPenalty', 'lateFloor', 'keyTaskWeight'] as const).map((p) => (
                            <Space key={p} size={4}>
                              <Typography.Text type="secondary">
                                {t(`scheme.${p}` as MessageKey)}
                              </Typography.Text>
                              <Num
                                label={t(`scheme.${p}` as MessageKey)}
                                value={r.c?.[p]}
                                disabled={disabled}
                                min={p === 'keyTaskWeight' ? 1 : 0}
                                max={p === 'keyTaskWeight' ? 10 : 100}
                                width={72}
                                onChange={(v) =>
                                  update((s) => void (s.components.find((c) => c.key === r.key)![p] = v ?? 0))
                                }
                              />
                            </Space>
                          ))}
                          <Space size={4}>
                            <Typography.Text type="secondary">{t('scheme.notDueInYear')}</Typography.Text>
                            <Select
                              size="small"
                              aria-label={t('scheme.notDueInYear')}
                              value={r.c?.notDueInYear ?? 'prorate'}
                              disabled={disabled}
                              style={{ width: 170 }}
                              options={(['prorate', 'exclude'] as const).map((p) => ({
                                value: p,
                                label: t(`scheme.notDueInYear.${p}` as MessageKey),
                              }))}
                              onChange={(v) =>
                                update(
                                  (s) => void (s.components.find((c) => c.key === r.key)!.notDueInYear = v),
                                )
                              }
                            />
                          </Space>
                        </Space>
                      ) : null}
                      {r.key === 'evaluation' && r.c.partyWeights ? (
                        <Space wrap size={[8, 4]}>
                          <Typography.Text type="secondary">{t('scheme.partyWeights')}</Typography.Text>
                          {EVALUATION_PARTIES.map((p) => (
                            <Space key={p} size={4}>
                              <span>{partyLabel(t, p)}</span>
                              <Num
                                label={`${partyLabel(t, p)} ${t('scheme.weight')}`}
                                value={r.c?.partyWeights?.[p]}
                                disabled={disabled}
                                width={64}
                                onChange={(v) =>
                                  update(
                                    (s) =>
                                      void (s.components.find((c) => c.key === 'evaluation')!.partyWeights![
                                        p
                                      ] = v ?? 0),
                                  )
                                }
                              />
                            </Space>
                          ))}
                          {(() => {
                            const ps = sum(EVALUATION_PARTIES.map((p) => r.c?.partyWeights?.[p] ?? 0));
                            return (
                              <Tag color={ps === 100 ? 'green' : 'red'}>
                                {t('scheme.partySum', { sum: ps })}
                              </Tag>
                            );
                          })()}
                        </Space>
                      ) : null}
                    </Flex>
                  ) : null,
              },
            ]}
          />
        </>,
        'components',
        <Tag
          color={weightSum === 100 ? 'green' : 'red'}
          data-testid="weight-sum"
          style={{ marginInlineEnd: 0 }}
        >
          {weightSum === 100
            ? t('scheme.weightSum', { sum: weightSum })
            : t('scheme.weightSumBad', { sum: weightSum })}
        </Tag>,
      )}

      {section(
        t('scheme.groups'),
        <Flex vertical gap={12}>
          {scheme.groups.map((g, i) => (
            <Card
              key={g.key}
              size="small"
              type="inner"
              title={
                <Input
                  aria-label={`${t('scheme.groupName')} ${i + 1}`}
                  value={g.name}
                  disabled={disabled}
                  variant="borderless"
                  style={{ fontWeight: 600, paddingInline: 0 }}
                  onChange={(e) => update((s) => void (s.groups[i]!.name = e.target.value))}
                />
              }
              extra={
                !disabled && scheme.groups.length > 1 ? (
                  <Button
                    size="small"
                    type="link"
                    danger
                    onClick={() => update((s) => void s.groups.splice(i, 1))}
                  >
                    {t('scheme.removeGroup')}
                  </Button>
                ) : null
              }
            >
              <Row gutter={[12, 8]}>
                <Col xs={24} md={10}>
                  <Typography.Text type="secondary">{t('scheme.groupKinds')}</Typography.Text>
                  <Select
                    mode="multiple"
                    aria-label={`${g.name} ${t('scheme.groupKinds')}`}
                    style={{ width: '100%' }}
                    disabled={disabled}
                    value={g.unitKinds}
                    options={UNIT_KINDS.map((k) => ({
                      value: k,
                      label: t(`scheme.unitKind.${k}` as MessageKey),
                    }))}
                    onChange={(v) => update((s) => void (s.groups[i]!.unitKinds = v))}
                  />
                </Col>
                <Col xs={24} md={14}>
                  <Typography.Text type="secondary">{t('scheme.groupUnits')}</Typography.Text>
                  <Select
                    mode="multiple"
                    aria-label={`${g.name} ${t('scheme.groupUnits')}`}
                    style={{ width: '100%' }}
                    disabled={disabled}
                    value={g.unitIds}
                    options={unitOptions}
                    optionFilterProp="label"
                    maxTagCount="responsive"
                    onChange={(v) => update((s) => void (s.groups[i]!.unitIds = v))}
                  />
                </Col>
                <Col span={24}>
                  <Typography.Text type="secondary">
                    {t('scheme.groupMembers', { n: members.get(g.key)?.length ?? 0 })}：
                  </Typography.Text>
                  {(members.get(g.key) ?? []).map((u) => (
                    <Tag key={u.id} style={{ marginBottom: 4 }}>
                      {u.name}
                    </Tag>
                  ))}
                </Col>
              </Row>
              <Errors messages={errorsAt(errors, `groups.${i}`)} />
            </Card>
          ))}
          {!disabled ? (
            <Button
              type="dashed"
              onClick={() =>
                update((s) => {
                  let n = s.groups.length + 1;
                  while (s.groups.some((g) => g.key === `group_${n}`)) n += 1;
                  s.groups.push({
                    key: `group_${n}`,
                    name: `${t('scheme.groupName')}${n}`,
                    unitKinds: [],
                    unitIds: [],
                  });
                })
              }
            >
              {t('scheme.addGroup')}
            </Button>
          ) : null}
        </Flex>,
        'groups',
      )}

      {section(
        t('scheme.deductions'),
        <RuleTable
          kinds={DEDUCTION_KINDS}
          rules={scheme.deductions.rules}
          label={(k) => deductionLabel(t, k)}
          disabled={disabled}
          amounts={(rule, set) =>
            rule.kind === 'accountability' ? (
              <Space wrap size={[8, 4]}>
                {ACCOUNTABILITY_KINDS.map((a) => (
                  <Space key={a} size={4}>
                    <span>{accountabilityLabel(t, a)}</span>
                    <Num
                      label={`${accountabilityLabel(t, a)} ${t('scheme.amount')}`}
                      value={rule.amounts?.[a]}
                      disabled={disabled}
                      nullable
                      width={64}
                      onChange={(v) =>
                        set((r) => void (v === null ? delete r.amounts![a] : (r.amounts![a] = v)))
                      }
                    />
                  </Space>
                ))}
              </Space>
            ) : (
              <Space wrap size={[8, 4]}>
                <Num
                  label={`${deductionLabel(t, rule.kind)} ${t('scheme.amount')}`}
                  value={rule.amount}
                  disabled={disabled}
                  width={72}
                  onChange={(v) => set((r) => void (r.amount = v ?? 0))}
                />
                {rule.kind === 'yellow_month' ? (
                  <Space size={4}>
                    <span>{t('scheme.perCount')}</span>
                    <Num
                      label={t('scheme.perCount')}
                      value={rule.perCount}
                      min={1}
                      max={12}
                      disabled={disabled}
                      width={56}
                      onChange={(v) => set((r) => void (r.perCount = Math.max(1, Math.round(v ?? 1))))}
                    />
                  </Space>
                ) : null}
              </Space>
            )
          }
          onChange={(rules) => update((s) => void (s.deductions.rules = rules))}
          newRule={newDeduction}
        />,
        'deductions',
        <Space size={4}>
          <span>{t('scheme.totalCap')}</span>
          <Num
            label={`${t('scheme.deductions')} ${t('scheme.totalCap')}`}
            value={scheme.deductions.cap}
            disabled={disabled}
            nullable
            placeholder={t('scheme.noCap')}
            width={88}
            onChange={(v) => update((s) => void (s.deductions.cap = v))}
          />
        </Space>,
      )}

      {section(
        t('scheme.bonuses'),
        <RuleTable
          kinds={BONUS_KINDS}
          rules={scheme.bonuses.rules}
          label={(k) => bonusLabel(t, k)}
          disabled={disabled}
          amounts={(rule, set) =>
            rule.kind === 'bulletin_praise' ? (
              <Num
                label={`${bonusLabel(t, rule.kind)} ${t('scheme.amount')}`}
                value={rule.amount}
                disabled={disabled}
                width={72}
                onChange={(v) => set((r) => void (r.amount = v ?? 0))}
              />
            ) : (
              <Space wrap size={[8, 4]}>
                {BONUS_LEVELS.map((l) => (
                  <Space key={l} size={4}>
                    <span>{levelLabel(t, l)}</span>
                    <Num
                      label={`${bonusLabel(t, rule.kind)} ${levelLabel(t, l)}`}
                      value={rule.amounts?.[l]}
                      disabled={disabled}
                      nullable
                      width={64}
                      onChange={(v) =>
                        set((r) => void (v === null ? delete r.amounts![l] : (r.amounts![l] = v)))
                      }
                    />
                  </Space>
                ))}
              </Space>
            )
          }
          onChange={(rules) => update((s) => void (s.bonuses.rules = rules))}
          newRule={newBonus}
        />,
        'bonuses',
        <Space size={4}>
          <span>{t('scheme.totalCap')}</span>
          <Num
            label={`${t('scheme.bonuses')} ${t('scheme.totalCap')}`}
            value={scheme.bonuses.cap}
            disabled={disabled}
            nullable
            placeholder={t('scheme.noCap')}
            width={88}
            onChange={(v) => update((s) => void (s.bonuses.cap = v))}
          />
        </Space>,
      )}

      {section(
        t('scheme.vetoes'),
        <Flex vertical gap={8}>
          {scheme.vetoes.map((v, i) => (
            <Flex key={v.key} gap={8} align="center">
              <Input
                aria-label={`${t('scheme.vetoName')} ${i + 1}`}
                value={v.name}
                disabled={disabled}
                maxLength={200}
                onChange={(e) => update((s) => void (s.vetoes[i]!.name = e.target.value))}
              />
              {!disabled ? (
                <Button type="link" danger onClick={() => update((s) => void s.vetoes.splice(i, 1))}>
                  {t('common.delete')}
                </Button>
              ) : null}
            </Flex>
          ))}
          {!disabled ? (
            <Button
              type="dashed"
              onClick={() =>
                update((s) => void s.vetoes.push({ key: `veto_${Date.now().toString(36)}`, name: '' }))
              }
            >
              {t('scheme.addVeto')}
            </Button>
          ) : null}
        </Flex>,
        'vetoes',
      )}

      {section(
        t('scheme.grades'),
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={scheme.grades.map((g, i) => ({ ...g, i }))}
          columns={[
            {
              title: t('scheme.gradeName'),
              key: 'name',
              render: (_, g) => (
                <Input
                  aria-label={`${t('scheme.gradeName')} ${g.i + 1}`}
                  value={g.name}
                  disabled={disabled}
                  maxLength={200}
                  style={{ maxWidth: 160 }}
                  onChange={(e) => update((s) => void (s.grades[g.i]!.name = e.target.value))}
                />
              ),
            },
            {
              title: t('scheme.floor'),
              key: 'floor',
              width: 120,
              render: (_, g) => (
                <Num
                  label={`${g.name} ${t('scheme.floor')}`}
                  value={g.floor}
                  disabled={disabled || g.i === scheme.grades.length - 1}
                  onChange={(v) => update((s) => void (s.grades[g.i]!.floor = v ?? 0))}
                />
              ),
            },
            {
              title: t('scheme.quota'),
              key: 'quota',
              width: 130,
              render: (_, g) => (
                <Num
                  label={`${g.name} ${t('scheme.quota')}`}
                  value={g.quota?.maxPercent ?? null}
                  nullable
                  placeholder={t('scheme.noQuota')}
                  // The lowest grade takes whoever the quotas push down, so it has none.
                  disabled={disabled || g.i === scheme.grades.length - 1}
                  onChange={(v) =>
                    update((s) => void (s.grades[g.i]!.quota = v === null ? null : { maxPercent: v }))
                  }
                />
              ),
            },
          ]}
        />,
        'grades',
      )}
    </Flex>
  );
}

/** Deduction or bonus rules: each kind on or off, its amounts and its cap. */
function RuleTable<R extends { kind: K; cap: number | null }, K extends string>({
  kinds,
  rules,
  label,
  disabled,
  amounts,
  onChange,
  newRule,
}: {
  kinds: readonly K[];
  rules: R[];
  label: (k: K) => string;
  disabled: boolean;
  amounts: (rule: R, set: (fn: (r: R) => void) => void) => ReactNode;
  onChange: (rules: R[]) => void;
  newRule: (k: K) => R;
}) {
  const t = useT();
  const set = (kind: K) => (fn: (r: R) => void) =>
    onChange(
      rules.map((r) => {
        if (r.kind !== kind) return r;
        const next = structuredClone(r);
        fn(next);
        return next;
      }),
    );
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="kind"
      scroll={{ x: 520 }}
      dataSource={kinds.map((kind) => ({ kind, rule: rules.find((r) => r.kind === kind) }))}
      columns={[
        {
          title: t('scheme.ruleUsed'),
          key: 'on',
          width: 56,
          render: (_, row) => (
            <Checkbox
              aria-label={`${label(row.kind)} ${t('scheme.ruleUsed')}`}
              checked={row.rule !== undefined}
              disabled={disabled}
              onChange={(e) =>
                onChange(
                  e.target.checked
                    ? kinds
                        .map(
                          (k) => rules.find((r) => r.kind === k) ?? (k === row.kind ? newRule(k) : undefined),
                        )
                        .filter((r) => r !== undefined)
                    : rules.filter((r) => r.kind !== row.kind),
                )
              }
            />
          ),
        },
        { title: '', key: 'name', width: 120, render: (_, row) => label(row.kind) },
        {
          title: t('scheme.amount'),
          key: 'amount',
          render: (_, row) => (row.rule ? amounts(row.rule, set(row.kind)) : null),
        },
        {
          title: t('scheme.cap'),
          key: 'cap',
          width: 100,
          render: (_, row) =>
            row.rule ? (
              <Num
                label={`${label(row.kind)} ${t('scheme.cap')}`}
                value={row.rule.cap}
                nullable
                placeholder={t('scheme.noCap')}
                disabled={disabled}
                width={84}
                onChange={(v) => set(row.kind)((r) => void (r.cap = v))}
              />
            ) : null,
        },
      ]}
    />
  );
}

/** The ranking the edited scheme would give, beside the form, with rank changes against the scheme in force. */
function PreviewPanel({
  preview,
  baseline,
  loading,
  error,
}: {
  preview: AssessmentResult | null;
  baseline: AssessmentResult | undefined;
  loading: boolean;
  error: unknown;
}) {
  const t = useT();
  const before = useMemo(
    () => new Map(baseline?.groups.flatMap((g) => g.units.map((u) => [u.unitId, u.rank] as const)) ?? []),
    [baseline],
  );
  return (
    <Card
      size="small"
      title={
        <Space>
          {t('scheme.preview')}
          {loading ? <Spin size="small" aria-label={t('scheme.previewing')} /> : null}
        </Space>
      }
      style={{ position: 'sticky', top: 72 }}
      data-testid="scheme-preview"
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('scheme.previewHint')}
      </Typography.Paragraph>
      {error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 8 }}
          title={t('scheme.previewFailed', { message: errorMessage(t, error) })}
        />
      ) : null}
      {!preview ? (
        loading ? (
          <Spin style={{ display: 'block', margin: '24px auto' }} />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        )
      ) : (
        <Flex vertical gap={12} style={{ opacity: error ? 0.5 : 1 }}>
          {preview.groups.map((g) => (
            <div key={g.key} data-testid={`preview-group-${g.key}`}>
              <Typography.Text strong>{g.name}</Typography.Text>
              <Table
                size="small"
                rowKey="unitId"
                pagination={false}
                dataSource={g.units}
                tableLayout="fixed"
                columns={[
                  { title: t('assess.rank'), key: 'rank', dataIndex: 'rank', width: 52, align: 'center' },
                  {
                    title: '',
                    key: 'change',
                    width: 48,
                    render: (_, u) => {
                      const was = before.get(u.unitId);
                      if (was === undefined)
                        return <Typography.Text type="secondary">{t('scheme.rankNew')}</Typography.Text>;
                      if (was === u.rank) return null;
                      return was > u.rank ? (
                        <Typography.Text type="success" strong data-change="up">
                          {t('scheme.rankUp', { n: was - u.rank })}
                        </Typography.Text>
                      ) : (
                        <Typography.Text type="danger" strong data-change="down">
                          {t('scheme.rankDown', { n: u.rank - was })}
                        </Typography.Text>
                      );
                    },
                  },
                  {
                    title: t('assess.unit'),
                    key: 'unit',
                    dataIndex: 'unitName',
                    ellipsis: { showTitle: true },
                    onCell: () => ({ className: 'luoshi-preview-unit' }),
                  },
                  {
                    title: t('assess.total'),
                    key: 'total',
                    width: 64,
                    align: 'right',
                    render: (_, u) => pts(u.total),
                  },
                  {
                    title: t('assess.grade'),
                    key: 'grade',
                    width: 92,
                    render: (_, u) => <GradeTags unit={u} />,
                  },
                ]}
              />
            </div>
          ))}
        </Flex>
      )}
    </Card>
  );
}

const fieldErrorsOf = (e: unknown): FieldError[] => (isApiError(e) && e.status === 422 ? e.fieldErrors : []);

/**
 * 考核方案: the scheme as a form with a live preview of the ranking beside it. Drafts are saved as new
 * versions; a published version is frozen (read-only, with 新建版本 to start the next one).
 */
export function SchemeTab({ year }: { year: number }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const list = useRequest((signal) => assessmentApi.schemes(year, signal), [year]);
  const baseline = useRequest((signal) => assessmentApi.results({ year }, signal), [year]);
  const records = list.data?.items ?? [];
  // 'new' is an unsaved version being written; otherwise the version number shown.
  const [selected, setSelected] = useState<number | 'new' | null>(null);
  const [draft, setDraft] = useState<Scheme | null>(null);
  const [dirty, setDirty] = useState(false);
  const [saveErrors, setSaveErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const [preview, setPreview] = useState<AssessmentResult | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [previewing, setPreviewing] = useState(false);

  useEffect(() => {
    setSelected(null);
    setDraft(null);
    setDirty(false);
  }, [year]);
  // The newest version is shown first; a draft opens for editing.
  useEffect(() => {
    // The list of the year before may still be shown while this year's loads: wait for this year's.
    if (selected !== null || records.length === 0 || records[0]?.year !== year) return;
    const latest = records[0]!;
    setSelected(latest.version);
    setDraft(structuredClone(latest.scheme));
    setDirty(false);
  }, [records, selected, year]);

  const record: SchemeRecord | undefined =
    selected === 'new' ? undefined : records.find((r) => r.version === selected);
  const editable = selected === 'new' || record?.status === 'draft';

  // Live preview, debounced: only the latest answer is shown.
  const seq = useRef(0);
  useEffect(() => {
    if (!draft) return;
    const mine = ++seq.current;
    setPreviewing(true);
    const timer = window.setTimeout(() => {
      assessmentApi
        .preview(year, draft)
        .then((r) => {
          if (seq.current !== mine) return;
          setPreview(r);
          setPreviewError(null);
        })
        .catch((e: unknown) => {
          if (seq.current !== mine) return;
          setPreviewError(e);
        })
        .finally(() => {
          if (seq.current === mine) setPreviewing(false);
        });
    }, 400);
    return () => window.clearTimeout(timer);
  }, [draft, year]);

  const errors = [...saveErrors, ...fieldErrorsOf(previewError)];
  const uniqueErrors = errors.filter(
    (e, i) => errors.findIndex((o) => o.path === e.path && o.message === e.message) === i,
  );

  const select = (v: number | 'new') => {
    if (v === 'new') return;
    const r = records.find((x) => x.version === v);
    if (!r) return;
    setSelected(v);
    setDraft(structuredClone(r.scheme));
    setDirty(false);
    setSaveErrors([]);
  };

  const save = async (): Promise<SchemeRecord | null> => {
    if (!draft) return null;
    setSaving(true);
    setSaveErrors([]);
    try {
      const saved = await assessmentApi.saveScheme(year, draft);
      message.success(t('scheme.saved', { version: saved.version }));
      setSelected(saved.version);
      setDraft(structuredClone(saved.scheme));
      setDirty(false);
      list.reload();
      return saved;
    } catch (e) {
      const fields = fieldErrorsOf(e);
      if (fields.length) setSaveErrors(fields);
      else message.error(errorMessage(t, e));
      return null;
    } finally {
      setSaving(false);
    }
  };

  const publish = () =>
    modal.confirm({
      title: t('scheme.publish'),
      content: t('scheme.publishConfirm'),
      okText: t('scheme.publish'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const target = dirty || selected === 'new' ? await save() : (record ?? null);
        if (!target?.id) return;
        try {
          const done = await assessmentApi.publishScheme(target.id);
          message.success(t('scheme.published', { version: done.version }));
          setSelected(done.version);
          list.reload();
          baseline.reload();
        } catch (e) {
          message.error(errorMessage(t, e));
        }
      },
    });

  if (list.error && !list.loading) {
    return <LoadFailed error={list.error} onRetry={list.reload} />;
  }
  if (!draft) return <Spin style={{ display: 'block', margin: '48px auto' }} />;

  const statusText = (s: SchemeRecord['status']) => t(`scheme.status.${s}` as MessageKey);
  return (
    <>
      <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
        <Space wrap>
          <Typography.Text>{t('scheme.version')}</Typography.Text>
          <Select<number | 'new'>
            aria-label={t('scheme.version')}
            style={{ width: 220 }}
            value={selected ?? undefined}
            onChange={select}
            options={[
              ...(selected === 'new' ? [{ value: 'new' as const, label: t('scheme.newDraft') }] : []),
              ...records.map((r) => ({
                value: r.version,
                label: t('scheme.versionLabel', { version: r.version, status: statusText(r.status) }),
              })),
            ]}
          />
        </Space>
        <Space wrap>
          {editable ? (
            <>
              <Button loading={saving} disabled={!dirty && selected !== 'new'} onClick={() => void save()}>
                {t('scheme.saveDraft')}
              </Button>
              <Button type="primary" onClick={publish}>
                {t('scheme.publish')}
              </Button>
            </>
          ) : (
            <Button
              type="primary"
              onClick={() => {
                setSelected('new');
                setDirty(true);
                setSaveErrors([]);
              }}
            >
              {t('scheme.newVersion')}
            </Button>
          )}
        </Space>
      </Flex>
      {!editable && record ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('scheme.readOnly', { status: statusText(record.status) })}
        />
      ) : null}
      {uniqueErrors.length > 0 ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          title={t('scheme.invalid')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {uniqueErrors.map((e) => (
                <li key={`${e.path}:${e.message}`}>{e.message}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <SchemeForm
            scheme={draft}
            disabled={!editable}
            errors={uniqueErrors}
            onChange={(next) => {
              setDraft(next);
              setDirty(true);
              setSaveErrors([]);
            }}
          />
        </Col>
        <Col xs={24} xl={10}>
          <PreviewPanel
            preview={preview}
            baseline={baseline.data}
            loading={previewing}
            error={previewError}
          />
        </Col>
      </Row>
    </>
  );
}
