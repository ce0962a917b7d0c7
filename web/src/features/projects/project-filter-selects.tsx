import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { PROJECT_STAGES } from '../../api/projects';
import { useT } from '../../i18n/i18n';
import { useMe } from '../auth/session';
import { stageLabel } from './labels';
import { useProjectOptions, useProjectTypes } from './use-project-options';

type FilterKey = 'type' | 'stage' | 'streetUnitId' | 'leaderId';

/**
 * The project filters the list and the Gantt share: type, stage, and — for those who see every project (a
 * unit sees its own) — street office and contracting leader. `half` lays them two to a row on phones.
 */
export function ProjectFilterSelects({
  filters,
  onChange,
  half,
}: {
  filters: Record<FilterKey, string>;
  onChange: (patch: Partial<Record<FilterKey, string | undefined>>) => void;
  half: CSSProperties | undefined;
}) {
  const t = useT();
  const types = useProjectTypes();
  const seeAll = useMe().abilities.seeAllProjects;
  const { streetOptions, leaderOptions } = useProjectOptions(seeAll);
  return (
    <>
      <Select<string | undefined>
        value={filters.type || undefined}
        placeholder={t('project.type')}
        aria-label={t('project.type')}
        allowClear
        style={half ?? { width: 120 }}
        options={types.map((v) => ({ value: v, label: v }))}
        onChange={(v) => onChange({ type: v })}
      />
      <Select<string | undefined>
        value={filters.stage || undefined}
        placeholder={t('project.stage')}
        aria-label={t('project.stage')}
        allowClear
        style={half ?? { width: 120 }}
        options={PROJECT_STAGES.map((s) => ({ value: s, label: stageLabel(t, s) }))}
        onChange={(v) => onChange({ stage: v })}
      />
      {seeAll ? (
        <Select<string | undefined>
          value={filters.streetUnitId || undefined}
          placeholder={t('project.street')}
          aria-label={t('project.street')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={half ?? { width: 170 }}
          options={streetOptions}
          onChange={(v) => onChange({ streetUnitId: v })}
        />
      ) : null}
      {seeAll ? (
        <Select<string | undefined>
          value={filters.leaderId || undefined}
          placeholder={t('project.leaders')}
          aria-label={t('project.leaders')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={half ?? { width: 140 }}
          options={leaderOptions}
          onChange={(v) => onChange({ leaderId: v })}
        />
      ) : null}
    </>
  );
}
