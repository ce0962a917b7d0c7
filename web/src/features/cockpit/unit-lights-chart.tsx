import type { ECElementEvent, EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import type { CockpitUnit } from '../../api/cockpit';
import { LIGHTS, type Light } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { FONT_FAMILY, LIGHT_COLORS } from '../../theme';
import { EChart } from '../charts/echart';
import { ROW_HEIGHT, SCREEN_ROW_HEIGHT, shareOf } from './links';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const SERIES = LIGHTS;

/** Segments narrower than this carry no printed percentage (the tooltip has it): labels must not overlap. */
const LABEL_MIN_SHARE = 12;

/**
 * 各牵头单位红黄绿灯: one 100 % bar per lead unit, split by the share of its tasks in each light, so a unit
 * with 5 tasks reads as well as one with 106 (the count stands beside the name and in the tooltip). The
 * worst at the top. A click on a coloured segment picks that unit and light; a click on the name, the unit.
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
        // The counts behind the shares: 红灯 12 项（11.3%）.
        formatter: (params: Array<{ dataIndex: number; seriesIndex: number; marker: string }>) => {
          const unit = units[params[0]?.dataIndex ?? -1];
          if (!unit) return '';
          const lines = params.map((p) => {
            const light = SERIES[p.seriesIndex] ?? 'green';
            return `${p.marker}${t(`cockpit.${light}`)} ${t('cockpit.shareTip', { count: unit[light], share: shareOf(unit, light) })}`;
          });
          return [
            `<b>${escapeHtml(unit.unitName)}</b> ${t('cockpit.unitTotal', { count: unit.total })}`,
            ...lines,
          ].join('<br/>');
        },
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
        max: 100,
        name: t('cockpit.axisShare'),
        nameLocation: 'middle',
        nameGap: screen ? 34 : 24,
        nameTextStyle: { color: muted, fontSize: screen ? 18 : 12 },
        // Three ticks: at 390 px and in the big screen's narrow panel more would overlap.
        interval: 50,
        axisLabel: { color: muted, fontSize: screen ? 18 : 12, formatter: '{value}%' },
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
          // The name with the unit's task count: a share means little without knowing of how many.
          formatter: (name: string, index: number) => `${name}（${units[index]?.total ?? 0}）`,
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
          formatter: (p: { value: number }) => (p.value >= LABEL_MIN_SHARE ? `${Math.round(p.value)}%` : ''),
        },
        data: units.map((u) => shareOf(u, light)),
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
