import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import { leadersApi } from '../../api/endpoints';
import type { Leader, Unit } from '../../api/types';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';

/** District leaders for the 牵头区领导 picker (supervisors and leaders may read them). */
export function useLeaders(enabled = true) {
  const { data, loading, error } = useRequest(
    (signal) => (enabled ? leadersApi.list(signal) : Promise.resolve({ items: [] as Leader[] })),
    [enabled],
  );
  return { leaders: data?.items ?? [], loading, error };
}

function unitOptions(units: readonly Unit[], keep: readonly string[] = []) {
  // Inactive units cannot take new tasks, but one already chosen stays visible.
  return units
    .filter((u) => u.active || keep.includes(u.id))
    .map((u) => ({ value: u.id, label: u.name, disabled: !u.active }));
}

type PickerProps<V> = Omit<SelectProps<V>, 'options' | 'mode'>;

/** 牵头单位: one unit, searchable by name. */
export function UnitSelect({ units, ...props }: PickerProps<string | null> & { units: readonly Unit[] }) {
  const t = useT();
  const keep = typeof props.value === 'string' ? [props.value] : [];
  const options = useMemo(() => unitOptions(units, keep), [units, keep.join()]);
  return (
    <Select<string | null>
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      placeholder={t('task.pickUnit')}
      options={options}
      {...props}
    />
  );
}

/** 配合单位: several units. */
export function UnitsSelect({ units, ...props }: PickerProps<string[]> & { units: readonly Unit[] }) {
  const t = useT();
  const keep = Array.isArray(props.value) ? props.value : [];
  const options = useMemo(() => unitOptions(units, keep), [units, keep.join()]);
  return (
    <Select<string[]>
      mode="multiple"
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      maxTagCount="responsive"
      placeholder={t('task.pickCoUnits')}
      options={options}
      {...props}
    />
  );
}

/** 牵头区领导. */
export function LeaderSelect({
  leaders,
  ...props
}: PickerProps<string | null> & { leaders: readonly Leader[] }) {
  const t = useT();
  return (
    <Select<string | null>
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      placeholder={t('task.pickLeader')}
      options={leaders.map((l) => ({ value: l.id, label: l.displayName }))}
      {...props}
    />
  );
}
