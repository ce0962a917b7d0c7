import { Input, Table } from 'antd';
import { useT } from '../../../i18n/i18n';
import { Num, Section, type SectionProps } from './fields';

/** The grades, their floors and quotas. */
export function GradesSection({ scheme, disabled, errors, update }: SectionProps) {
  const t = useT();
  return (
    <Section title={t('scheme.grades')} path="grades" errors={errors}>
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
      />
    </Section>
  );
}
