import { Flex, Input, Typography } from 'antd';
import type { Scheme } from '../../../api/assessment';
import { useT } from '../../../i18n/i18n';
import { BonusesSection } from './bonuses-section';
import { ComponentsSection } from './components-section';
import { DeductionsSection } from './deductions-section';
import { Errors, errorsAt, type FieldError } from './fields';
import { GradesSection } from './grades-section';
import { GroupsSection } from './groups-section';
import { VetoesSection } from './vetoes-section';

/** The form of a scheme: groups, components and weights, deductions, bonuses, vetoes, grades. */
export function SchemeForm({
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
  const update = (fn: (s: Scheme) => void) => {
    const next = structuredClone(scheme);
    fn(next);
    onChange(next);
  };
  const props = { scheme, disabled, errors, update };

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
      <ComponentsSection {...props} />
      <GroupsSection {...props} />
      <DeductionsSection {...props} />
      <BonusesSection {...props} />
      <VetoesSection {...props} />
      <GradesSection {...props} />
    </Flex>
  );
}
