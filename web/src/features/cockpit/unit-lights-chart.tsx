import type { ECElementEvent, EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import type { CockpitUnit } from '../../api/cockpit';
import type { Light } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { FONT_FAMILY, LIGHT_COLORS } from '../../theme';
import { EChart } from '../charts/echart';
import { ROW_HEIGHT, SCREEN_ROW_HEIGHT } from './links';

const SERIES: readonly Light[] = ['red', 'yellow', 'green'];

/**
 * 各牵头单位红黄绿灯: one stacked horizontal bar per lead unit (red, yellow, green task counts), the worst at
 * the top. A click on a coloured segment picks that unit and light; a click on the unit's name, the unit.
 */
export function UnitLightsChart({
  units,
  onPick,
  screen = false,
  height,
}: {
  units: readonly CockpitUnit[];
  onPick: (unitId: string, light: Light | null) => void;
  screen?: boolean;
  height?: number;
}) {
  const t = useT();
  const rowHeight = screen ? SCREEN_ROW_HEIGHT : ROW_HEIGHT;
  const chartHeight = height ?? units.length * rowHeight + 84;
  const text = screen ? '#e8edf5' : '#1f1f1f';
  const muted = screen ? '#9fb0c8' : '#595959';
  const fontSize = screen ? 22 : 13;
  const option = useMemo<EChartsCoreOption>(
    () => ({
      textStyle: { fontFamily: FONT_FAMILY, color: text, fontSize },
      legend: {
        top: 0,
        right: 0,
        itemWidth: screen ? 22 : 14,
        itemHeight: screen ? 16 : 10,
        textStyle: { color: text, fontSize },
      },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        textStyle: { fontSize: screen ? 20 : 13 },
      },
      grid: {
        left: 8,
        right: screen ? 48 : 32,
        top: screen ? 44 : 32,
        bottom: screen ? 48 : 36,
        containLabel: true,
      },
      xAxis: {
        type: 'value',
        name: t('cockpit.axisTasks'),
        nameLocation: 'middle',
        nameGap: screen ? 34 : 24,
        nameTextStyle: { color: muted, fontSize: screen ? 18 : 12 },
        minInterval: 1,
        axisLabel: { color: muted, fontSize: screen ? 18 : 12 },
        splitLine: { lineStyle: { color: screen ? 'rgba(255,255,255,0.12)' : '#eef0f3' } },
      },
      yAxis: {
        type: 'category',
        name: t('cockpit.axisUnit'),
        nameLocation: 'start',
        nameGap: screen ? 14 : 10,
        nameTextStyle: { color: muted, fontSize: screen ? 18 : 12, align: 'right' },
        inverse: true,
        triggerEvent: true,
        data: units.map((u) => u.unitName),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: screen ? 'rgba(255,255,255,0.3)' : '#d9d9d9' } },
        axisLabel: {
          color: text,
          fontSize,
          width: screen ? 250 : 170,
          overflow: 'truncate',
          cursor: 'pointer',
        },
      },
      series: SERIES.map((light) => ({
        type: 'bar',
        stack: 'lights',
        name: t(`cockpit.${light}`),
        barMaxWidth: screen ? 30 : 20,
        cursor: 'pointer',
        itemStyle: { color: LIGHT_COLORS[light] },
        emphasis: { focus: 'series' },
        label: {
          show: true,
          color: '#ffffff',
          fontSize: screen ? 18 : 12,
          fontWeight: 600,
          formatter: (p: { value: number }) => (p.value > 0 ? String(p.value) : ''),
        },
        data: units.map((u) => u[light]),
      })),
    }),
    [units, t, screen, text, muted, fontSize],
  );

  const onClick = (params: ECElementEvent) => {
    const p = params as ECElementEvent & {
      componentType?: string;
      seriesIndex?: number;
      dataIndex?: number;
      value?: unknown;
    };
    if (p.componentType === 'series' && typeof p.dataIndex === 'number') {
      const unit = units[p.dataIndex];
      if (unit) onPick(unit.unitId, SERIES[p.seriesIndex ?? -1] ?? null);
    } else if (p.componentType === 'yAxis') {
      const unit = units.find((u) => u.unitName === p.value);
      if (unit) onPick(unit.unitId, null);
    }
  };

  return (
    <EChart
      option={option}
      ariaLabel={t('cockpit.unitsAria')}
      style={{ height: chartHeight }}
      onClick={onClick}
    />
  );
}
