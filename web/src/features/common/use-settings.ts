import { useEffect, useState } from 'react';
import { api } from '../../api/client';

type Settings = Record<string, unknown>;

/** The district's settings, fetched once per page load and shared by every component that asks. */
let pending: Promise<Settings> | null = null;

export function loadSettings(): Promise<Settings> {
  pending ??= api.get<Settings>('/settings').catch((e: unknown) => {
    pending = null; // a failed fetch is tried again by the next component that asks
    throw e;
  });
  return pending;
}

/** Whether units report by month or by quarter (setting reports.period); months until the answer comes. */
export function useReportPeriodKind(): 'month' | 'quarter' {
  const [kind, setKind] = useState<'month' | 'quarter'>('month');
  useEffect(() => {
    let live = true;
    loadSettings()
      .then((s) => {
        if (live && s['reports.period'] === 'quarter') setKind('quarter');
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return kind;
}

/** One setting of the district (its default until the answer comes, or if it is missing or malformed). */
export function useSetting<T>(key: string, fallback: T, accept: (value: unknown) => value is T): T {
  const [value, setValue] = useState<T>(fallback);
  useEffect(() => {
    let live = true;
    loadSettings()
      .then((s) => {
        const v = s[key];
        if (live && accept(v)) setValue(v);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key]);
  return value;
}
