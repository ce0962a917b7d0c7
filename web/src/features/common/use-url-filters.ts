import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filters kept in the URL query string, so a link shows the same view.
 * Setting any filter other than `page`/`pageSize` goes back to page 1.
 */
export function useUrlFilters<K extends string>(
  keys: readonly K[],
): [Record<K, string>, (patch: Partial<Record<K, string | number | undefined | null>>) => void, () => void] {
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => {
    const out = {} as Record<K, string>;
    for (const k of keys) out[k] = params.get(k) ?? '';
    return out;
  }, [params, keys.join('|')]);

  const update = useCallback(
    (patch: Partial<Record<K, string | number | undefined | null>>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          let resetPage = false;
          for (const [k, v] of Object.entries(patch) as [string, string | number | undefined | null][]) {
            if (v === undefined || v === null || v === '') next.delete(k);
            else next.set(k, String(v));
            if (k !== 'page' && k !== 'pageSize') resetPage = true;
          }
          if (resetPage) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  return [values, update, clear];
}
