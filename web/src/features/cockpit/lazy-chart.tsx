import { Skeleton } from 'antd';
import { lazy, Suspense, type ComponentProps } from 'react';

// ECharts is the heaviest part of the page: the figures and lists show while it loads.
const Chart = lazy(() => import('./unit-lights-chart').then((m) => ({ default: m.UnitLightsChart })));

/** UnitLightsChart, loaded after the rest of the cockpit. */
export function LazyUnitLightsChart(props: ComponentProps<typeof Chart>) {
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
      <Chart {...props} />
    </Suspense>
  );
}
