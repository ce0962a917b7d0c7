import { Card, InputNumber, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Scheme } from '../../../api/assessment';

/** Sums in cents, as the server does, so 33.33 + 66.67 is exactly 100. */
export const sum = (values: number[]) => values.reduce((s, v) => s + Math.round(v * 100), 0) / 100;

export interface FieldError {
  path: string;
  message: string;
}

/** The server's messages for a part of the scheme: its own path or anything below it. */
export function errorsAt(errors: readonly FieldError[], path: string): string[] {
  const full = `scheme.${path}`;
  return errors.filter((e) => e.path === full || e.path.startsWith(`${full}.`)).map((e) => e.message);
}

export function Errors({ messages }: { messages: string[] }) {
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

export function Num({
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

/** What every section of the scheme form is given: the scheme, whether it is frozen, the server's messages. */
export interface SectionProps {
  scheme: Scheme;
  disabled: boolean;
  errors: readonly FieldError[];
  update: (fn: (s: Scheme) => void) => void;
}

/** A titled card of the form with the server's messages for its part of the scheme below it. */
export function Section({
  title,
  path,
  errors,
  extra,
  children,
}: {
  title: ReactNode;
  path: string;
  errors: readonly FieldError[];
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card size="small" title={title} extra={extra}>
      {children}
      <Errors messages={errorsAt(errors, path)} />
    </Card>
  );
}
