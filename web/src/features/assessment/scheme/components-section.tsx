import { Checkbox, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { COMPONENT_KEYS, EVALUATION_PARTIES, NO_FACTS_POLICIES as NO_FACTS } from '../../../api/assessment';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { componentLabel, partyLabel } from '../labels';
import { newComponent } from './defaults';
import { Num, Section, sum, type SectionProps } from './fields';

/** The components and their weights (the sum must be 100), each with its parameters. */
export function ComponentsSection({ scheme, disabled, errors, update }: SectionProps) {
  const t = useT();
  const weightSum = sum(scheme.components.map((c) => c.weight));
  return (
    <Section
      title={t('scheme.components')}
      path="components"
      errors={errors}
      extra={
        <Tag
          color={weightSum === 100 ? 'green' : 'red'}
          data-testid="weight-sum"
          style={{ marginInlineEnd: 0 }}
        >
          {weightSum === 100
            ? t('scheme.weightSum', { sum: weightSum })
            : t('scheme.weightSumBad', { sum: weightSum })}
        </Tag>
      }
    >
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
                                    void (s.components.find((c) => c.key === 'evaluation')!.partyWeights![p] =
                                      v ?? 0),
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
      </>
    </Section>
  );
}
