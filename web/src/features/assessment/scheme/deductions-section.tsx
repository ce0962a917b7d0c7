import { Space } from 'antd';
import { ACCOUNTABILITY_KINDS, DEDUCTION_KINDS } from '../../../api/assessment';
import { useT } from '../../../i18n/i18n';
import { accountabilityLabel, deductionLabel } from '../labels';
import { newDeduction } from './defaults';
import { Num, Section, type SectionProps } from './fields';
import { RuleTable } from './rule-table';

/** Deduction rules and their total cap. */
export function DeductionsSection({ scheme, disabled, errors, update }: SectionProps) {
  const t = useT();
  return (
    <Section
      title={t('scheme.deductions')}
      path="deductions"
      errors={errors}
      extra={
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
        </Space>
      }
    >
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
      />
    </Section>
  );
}
