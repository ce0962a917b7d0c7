import { Checkbox, Table } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/i18n';
import { Num } from './fields';

/** Deduction or bonus rules: each kind on or off, its amounts and its cap. */
export function RuleTable<R extends { kind: K; cap: number | null }, K extends string>({
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
