import { useMemo } from 'react';
import { leadersApi } from '../../api/endpoints';
import type { Leader } from '../../api/types';
import { useRequest } from '../../api/use-request';
import { useAllUnits } from '../admin/use-all-units';
import { useSetting } from '../common/use-settings';

/** The district's default project types (setting projects.types). */
export const DEFAULT_PROJECT_TYPES = ['工业', '服务业', '城建', '科技', '民生', '社会事业', '党建'];

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string');

/** Project types as the district lists them. */
export function useProjectTypes(): string[] {
  return useSetting('projects.types', DEFAULT_PROJECT_TYPES, isStringList);
}

/**
 * What the project pickers offer: units (streets first for 主体推进) and district leaders. A user the server
 * does not let read leaders gets an empty list (the filter is then not shown).
 */
export function useProjectOptions(withLeaders = true) {
  const { units, byId, loading } = useAllUnits();
  const leaders = useRequest(
    (signal) =>
      withLeaders
        ? leadersApi.list(signal).catch(() => ({ items: [] as Leader[] }))
        : Promise.resolve({ items: [] as Leader[] }),
    [withLeaders],
  );
  const streets = useMemo(() => units.filter((u) => u.kind === 'street' || u.kind === 'town'), [units]);
  const unitOptions = useMemo(
    () => units.filter((u) => u.active).map((u) => ({ value: u.id, label: u.name })),
    [units],
  );
  const streetOptions = useMemo(
    () => (streets.length > 0 ? streets : units).map((u) => ({ value: u.id, label: u.name })),
    [streets, units],
  );
  const leaderOptions = useMemo(
    () => (leaders.data?.items ?? []).map((l) => ({ value: l.id, label: l.displayName })),
    [leaders.data],
  );
  return { units, unitsById: byId, unitOptions, streetOptions, leaderOptions, loading };
}
