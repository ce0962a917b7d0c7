import { Spin } from 'antd';
import {
  assessmentApi,
  type AssessmentResult,
  type GroupResult,
  type UnitResult,
} from '../../api/assessment';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { LoadFailed } from './load-failed';
import { UnitBreakdown } from './unit-breakdown';

/**
 * A unit's breakdown: the results carry its numbers only, so its evidence lists are fetched when it opens —
 * for the same date the results were computed for, or the same finalized version.
 */
export function UnitBreakdownLoader({
  result,
  group,
  unit,
  version,
}: {
  result: AssessmentResult;
  group: GroupResult;
  unit: UnitResult;
  version?: number | undefined;
}) {
  const t = useT();
  const detail = useRequest(
    (signal) =>
      assessmentApi.unitResult(
        unit.unitId,
        { year: result.year, ...(version ? { version } : { asOf: result.asOf }) },
        signal,
      ),
    [unit.unitId, result.year, result.asOf, version],
  );
  if (detail.error && !detail.loading) return <LoadFailed error={detail.error} onRetry={detail.reload} />;
  if (!detail.data || detail.data.unit.unitId !== unit.unitId)
    return (
      <Spin
        aria-label={t('breakdown.loading')}
        description={t('breakdown.loading')}
        style={{ display: 'block', margin: '48px auto' }}
      />
    );
  return <UnitBreakdown result={result} group={group} unit={detail.data.unit} />;
}
