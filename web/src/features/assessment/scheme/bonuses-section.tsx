import { Space } from 'antd';
import { BONUS_KINDS, BONUS_LEVELS } from '../../../api/assessment';
import { useT } from '../../../i18n/i18n';
import { bonusLabel, levelLabel } from '../labels';
import { newBonus } from './defaults';
import { Num, Section, type SectionProps } from './fields';
import { RuleTable } from './rule-table';

/** Bonus rules and their total cap. */
export function BonusesSection({ scheme, disabled, errors, update }: SectionProps) {
  const t = useT();
  return (
    <Section
      title={t('scheme.bonuses')}
      path="bonuses"
      errors={errors}
      extra={
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
        </Space>
      }
    >
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
      />
    </Section>
  );
}
