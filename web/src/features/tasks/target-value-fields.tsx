import { Form, InputNumber } from 'antd';
import type { Target } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { formatTargetValue } from './labels';

/**
 * One number field per target, named `values.<targetId>` (the report form and a co-unit's share form both send
 * figures this way); the target's own figure beside each when `showTarget`.
 */
export function TargetValueFields({
  targets,
  legend,
  showTarget = false,
}: {
  targets: readonly Target[];
  legend: string;
  showTarget?: boolean;
}) {
  const t = useT();
  if (targets.length === 0) return null;
  return (
    <fieldset className="luoshi-fieldset">
      <legend>{legend}</legend>
      {targets.map((g) => (
        <Form.Item
          key={g.id}
          name={['values', g.id]}
          label={`${g.indicator}${g.unit ? `（${g.unit}）` : ''}`}
          extra={showTarget ? t('report.targetIs', { value: formatTargetValue(t, g) }) : undefined}
        >
          <InputNumber<number> style={{ width: '100%' }} suffix={g.unit || undefined} />
        </Form.Item>
      ))}
    </fieldset>
  );
}
