import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { init, use, type ECElementEvent, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, type CSSProperties } from 'react';
import { FONT_FAMILY } from '../../theme';

// Tree-shaken ECharts: only what the pages use. Import this file only from lazily loaded routes.
use([
  BarChart,
  LineChart,
  PieChart,
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/** A4 portrait's content width with 15 mm margins, in CSS pixels. */
const PRINT_WIDTH = 680;

/**
 * A minimal React wrapper around an ECharts instance (echarts-for-react's lib build breaks under Vite 8).
 * Every chart must still carry a title, axis names with units, and a table view beside it (UI.md).
 */
export function EChart({
  option,
  style,
  ariaLabel,
  onClick,
}: {
  option: EChartsCoreOption;
  style?: CSSProperties;
  ariaLabel: string;
  /** A click on a bar, a point or a category label (with `triggerEvent` on the axis). */
  onClick?: (params: ECElementEvent) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    if (!ref.current) return;
    const instance = init(ref.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => clickRef.current?.(params as ECElementEvent));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    // Printed, a chart drawn for a wide screen would be scaled down to the page and its text with it:
    // redraw it at the width of A4 portrait's content (180 mm ≈ 680 px) for the print, then back.
    const box = ref.current;
    // The print snapshot is taken before the next animation frame: paint at once, not on the next frame.
    const beforePrint = () => {
      if (box.clientWidth <= PRINT_WIDTH) return;
      instance.resize({ width: PRINT_WIDTH, animation: { duration: 0 } });
      instance.getZr().refreshImmediately();
    };
    const afterPrint = () => instance.resize();
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      { textStyle: { fontFamily: FONT_FAMILY }, aria: { enabled: true }, ...option },
      true,
    );
  }, [option]);

  // overflow hidden: the canvas's pixel width must not hold its container (or a flex parent) wide when the
  // window narrows, or ResizeObserver never sees it shrink.
  return (
    <div
      ref={ref}
      role="img"
      aria-label={ariaLabel}
      style={{ width: '100%', minWidth: 0, overflow: 'hidden', height: 320, ...style }}
    />
  );
}
