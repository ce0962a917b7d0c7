import { CustomChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import type {
  CustomSeriesRenderItemAPI,
  CustomSeriesRenderItemParams,
  CustomSeriesRenderItemReturn,
} from 'echarts';
import { init, use, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import type { ProjectNode } from '../../api/projects';
import { useT, type Translate } from '../../i18n/i18n';
import { FONT_FAMILY, LIGHT_COLORS } from '../../theme';
import { DAY_MS, dayTs, ganttModel, shiftNode, tsDay, type GanttBar, type GanttLine } from './gantt-model';

use([CustomChart, GridComponent, TooltipComponent, CanvasRenderer]);

const ROW = 34;
const COLORS = {
  baseline: '#8c8c8c',
  planned: '#bae0ff',
  plannedBorder: '#1f4e8c',
  lateFill: '#ffccc7',
  late: LIGHT_COLORS.red,
  actual: '#1f4e8c',
  today: '#d4380d',
  dep: '#595959',
};

interface Drag {
  index: number;
  startX: number;
  delta: number;
}

function coordSys(params: CustomSeriesRenderItemParams) {
  return params.coordSys as unknown as { x: number; y: number; width: number; height: number };
}

function tooltipOf(t: Translate, bar: GanttBar): string {
  const n = bar.node;
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const lines = [
    `<b>${esc(n.name)}</b>${n.late ? ` <span style="color:${COLORS.late}">${t('project.nodeLate')}</span>` : ''}`,
    `${t('project.planned')}：${n.plannedStart} ~ ${n.plannedEnd}`,
    `${t('project.baseline')}：${n.baselineStart ? `${n.baselineStart} ~ ${n.baselineEnd ?? ''}` : '—'}`,
    `${t('project.actual')}：${n.actualStart ? `${n.actualStart} ~ ${n.actualEnd ?? t('project.ongoing')}` : '—'}`,
  ];
  if (n.unitName) lines.push(`${t('project.nodeUnit')}：${esc(n.unitName)}`);
  return lines.join('<br/>');
}

/**
 * The Gantt chart (ECharts custom series): per line the baseline (thin, grey), the plan (a bar, red when the
 * node is late) and what actually happened (a dark bar inside it), today's line and finish-to-start arrows.
 * Where `canReplan` allows, a plan bar can be dragged sideways by whole days; `onReplan` gets the new dates.
 */
export function GanttChart({
  lines,
  today,
  ariaLabel,
  canReplan,
  onReplan,
  labelWidth = 180,
  barLabels = false,
}: {
  lines: readonly GanttLine[];
  today: string;
  ariaLabel: string;
  canReplan?: (projectId: string) => boolean;
  onReplan?: (node: ProjectNode, plannedStart: string, plannedEnd: string) => void;
  labelWidth?: number;
  /** Node names inside the bars (the portfolio, where a line is a project); a project's own lines are nodes. */
  barLabels?: boolean;
}) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const drag = useRef<Drag | null>(null);
  const model = useMemo(() => ganttModel(lines, today), [lines, today]);
  const modelRef = useRef(model);
  modelRef.current = model;
  const replanRef = useRef({ canReplan, onReplan });
  replanRef.current = { canReplan, onReplan };

  const option = useMemo<EChartsCoreOption>(() => {
    const { bars, deps, min, max } = model;
    const todayTs = dayTs(today);
    const renderBar = (
      params: CustomSeriesRenderItemParams,
      api: CustomSeriesRenderItemAPI,
    ): CustomSeriesRenderItemReturn => {
      const bar = bars[params.dataIndex];
      if (!bar) return null;
      const n = bar.node;
      const d = drag.current;
      const shift = d && d.index === params.dataIndex ? d.delta * DAY_MS : 0;
      const band = (api.size?.([0, 1]) as number[])[1] ?? ROW;
      const [, yc] = api.coord([min, bar.line]) as [number, number];
      const top = yc - band / 2;
      const x = (ts: number) => (api.coord([ts, bar.line]) as [number, number])[0];
      const children: NonNullable<CustomSeriesRenderItemReturn>[] = [];
      if (n.baselineStart && n.baselineEnd) {
        const x0 = x(dayTs(n.baselineStart));
        children.push({
          type: 'rect',
          shape: {
            x: x0,
            y: top + band * 0.78,
            width: Math.max(2, x(dayTs(n.baselineEnd) + DAY_MS) - x0),
            height: 4,
          },
          style: { fill: COLORS.baseline },
        });
      }
      const px0 = x(dayTs(n.plannedStart) + shift);
      const pw = Math.max(3, x(dayTs(n.plannedEnd) + DAY_MS + shift) - px0);
      const draggable = replanRef.current.canReplan?.(bar.projectId) ?? false;
      children.push({
        type: 'rect',
        shape: { x: px0, y: top + band * 0.12, width: pw, height: band * 0.56, r: 3 },
        style: {
          fill: n.late ? COLORS.lateFill : COLORS.planned,
          stroke: n.late ? COLORS.late : COLORS.plannedBorder,
          lineWidth: n.late ? 2 : 1,
        },
        cursor: draggable ? 'ew-resize' : 'pointer',
      } as NonNullable<CustomSeriesRenderItemReturn>);
      if (n.actualStart) {
        const ax0 = x(dayTs(n.actualStart));
        const axEnd = n.actualEnd
          ? dayTs(n.actualEnd) + DAY_MS
          : Math.max(dayTs(n.actualStart) + DAY_MS, todayTs);
        children.push({
          type: 'rect',
          shape: {
            x: ax0,
            y: top + band * (barLabels ? 0.52 : 0.3),
            width: Math.max(2, x(axEnd) - ax0),
            height: band * (barLabels ? 0.14 : 0.2),
          },
          style: { fill: n.late ? COLORS.late : COLORS.actual },
          silent: true,
        });
      }
      if (barLabels && pw > n.name.length * 12 + 8) {
        children.push({
          type: 'text',
          style: {
            text: n.name,
            x: px0 + 4,
            y: top + band * 0.12 + 1,
            fill: '#1f1f1f',
            fontSize: 11,
            fontFamily: FONT_FAMILY,
          },
          silent: true,
        });
      }
      return { type: 'group', children } as CustomSeriesRenderItemReturn;
    };
    const renderToday = (
      params: CustomSeriesRenderItemParams,
      api: CustomSeriesRenderItemAPI,
    ): CustomSeriesRenderItemReturn => {
      const cs = coordSys(params);
      const [xt] = api.coord([todayTs, 0]) as [number, number];
      return {
        type: 'group',
        silent: true,
        children: [
          {
            type: 'line',
            shape: { x1: xt, y1: cs.y, x2: xt, y2: cs.y + cs.height },
            style: { stroke: COLORS.today, lineWidth: 2, lineDash: [4, 3] },
          },
          {
            type: 'text',
            style: {
              // Below the grid: above it the month labels would collide with it.
              text: `${t('project.today')} ${today}`,
              x: xt,
              y: cs.y + cs.height + 4,
              align: xt > cs.x + cs.width - 60 ? 'right' : xt < cs.x + 60 ? 'left' : 'center',
              fill: COLORS.today,
              fontSize: 12,
              fontFamily: FONT_FAMILY,
            },
          },
        ],
      } as CustomSeriesRenderItemReturn;
    };
    const renderDep = (
      params: CustomSeriesRenderItemParams,
      api: CustomSeriesRenderItemAPI,
    ): CustomSeriesRenderItemReturn => {
      const dep = deps[params.dataIndex];
      if (!dep) return null;
      const [fx, fy] = api.coord([dep.fromTs, dep.fromLine]) as [number, number];
      const [tx, ty] = api.coord([dep.toTs, dep.toLine]) as [number, number];
      const color = dep.broken ? COLORS.late : COLORS.dep;
      const mid = Math.max(fx + 6, Math.min(tx - 6, fx + 12));
      const points =
        fy === ty
          ? [
              [fx, fy],
              [tx, ty],
            ]
          : [
              [fx, fy],
              [mid, fy],
              [mid, ty],
              [tx, ty],
            ];
      return {
        type: 'group',
        silent: true,
        children: [
          { type: 'polyline', shape: { points }, style: { stroke: color, lineWidth: 1, fill: 'none' } },
          {
            type: 'polygon',
            shape: {
              points: [
                [tx, ty],
                [tx - 6, ty - 4],
                [tx - 6, ty + 4],
              ],
            },
            style: { fill: color },
          },
        ],
      } as CustomSeriesRenderItemReturn;
    };
    return {
      textStyle: { fontFamily: FONT_FAMILY },
      aria: { enabled: true },
      animation: false,
      grid: { left: labelWidth, right: 40, top: 28, bottom: 28 },
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (p: { seriesId?: string; dataIndex: number }) => {
          const bar = bars[p.dataIndex];
          return p.seriesId === 'nodes' && bar ? tooltipOf(t, bar) : '';
        },
      },
      xAxis: {
        type: 'time',
        min,
        max,
        position: 'top',
        splitLine: { show: true, lineStyle: { color: '#f0f0f0' } },
        axisLabel: { formatter: (v: number) => tsDay(v).slice(0, 7), hideOverlap: true },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: lines.map((l) => ({
          value: l.label,
          textStyle: l.header ? { fontWeight: 'bold', color: '#1f4e8c' } : {},
        })),
        axisTick: { show: false },
        axisLabel: { width: labelWidth - 16, overflow: 'truncate', fontSize: 13 },
        splitLine: { show: true, lineStyle: { color: '#f5f5f5' } },
      },
      series: [
        {
          id: 'deps',
          type: 'custom',
          renderItem: renderDep,
          data: deps.map((d) => [d.fromTs, d.fromLine]),
          silent: true,
          z: 1,
        },
        {
          id: 'nodes',
          type: 'custom',
          renderItem: renderBar,
          encode: { x: [1, 2], y: 0 },
          data: bars.map((b) => [b.line, dayTs(b.node.plannedStart), dayTs(b.node.plannedEnd) + DAY_MS]),
          z: 2,
        },
        { id: 'today', type: 'custom', renderItem: renderToday, data: [[todayTs, 0]], silent: true, z: 3 },
      ],
    };
  }, [model, lines, today, t, labelWidth, barLabels]);

  useEffect(() => {
    if (!ref.current) return;
    const instance = init(ref.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    const redraw = () => {
      const { bars } = modelRef.current;
      instance.setOption({
        series: [
          {
            id: 'nodes',
            data: bars.map((b) => [b.line, dayTs(b.node.plannedStart), dayTs(b.node.plannedEnd) + DAY_MS]),
          },
        ],
      });
    };
    instance.on('mousedown', { seriesId: 'nodes' }, (p) => {
      const params = p as unknown as { dataIndex: number; event: { offsetX: number } };
      const bar = modelRef.current.bars[params.dataIndex];
      if (!bar || !replanRef.current.canReplan?.(bar.projectId)) return;
      drag.current = { index: params.dataIndex, startX: params.event.offsetX, delta: 0 };
      instance.dispatchAction({ type: 'hideTip' });
    });
    const zr = instance.getZr();
    zr.on('mousemove', (e) => {
      const d = drag.current;
      if (!d) return;
      const from = instance.convertFromPixel({ gridIndex: 0 }, [d.startX, 0]) as number[];
      const to = instance.convertFromPixel({ gridIndex: 0 }, [e.offsetX, 0]) as number[];
      const delta = Math.round(((to[0] ?? 0) - (from[0] ?? 0)) / DAY_MS);
      if (delta !== d.delta) {
        d.delta = delta;
        redraw();
      }
    });
    const finish = (commit: boolean) => {
      const d = drag.current;
      drag.current = null;
      if (!d) return;
      redraw();
      const bar = modelRef.current.bars[d.index];
      if (commit && bar && d.delta !== 0) {
        const next = shiftNode(bar.node, d.delta);
        replanRef.current.onReplan?.(bar.node, next.plannedStart, next.plannedEnd);
      }
    };
    zr.on('mouseup', () => finish(true));
    zr.on('globalout', () => finish(false));
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return (
    <div
      ref={ref}
      role="img"
      aria-label={ariaLabel}
      data-testid="gantt-chart"
      style={{
        width: '100%',
        minWidth: 0,
        overflow: 'hidden',
        height: Math.max(160, lines.length * ROW + 64),
      }}
    />
  );
}
