/**
 * The quarterly charts drawn on the server: ECharts' server-side SVG rendering (no DOM, no canvas) of the
 * same options the page shows (domain/quarterly-charts.ts), rasterised to PNG by resvg for the Word file.
 */
import { existsSync } from 'node:fs';
import { renderAsync } from '@resvg/resvg-js';
import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { QUARTERLY_CHARTS, chartTextZh, type QuarterlyAnalysis } from '../../../domain/quarterly-charts';
import { projectChartTextZh, projectInvestmentChartOption } from '../../../domain/quarterly-projects';

use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

/** WenQuanYi Zen Hei (Debian fonts-wqy-zenhei): the CJK face resvg is given when the machine has it. */
export const CJK_FONT_FILE = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';
// Unquoted: ECharts writes the family into an SVG attribute without escaping double quotes.
const FONT_FAMILY = 'WenQuanYi Zen Hei, Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, sans-serif';

/** A chart as a picture: PNG bytes and the size it is drawn at (CSS pixels; the PNG has twice as many). */
export interface ChartImage {
  key: string;
  title: string;
  png: Buffer;
  width: number;
  height: number;
}

/** Pixel ratio of the PNGs: a 2× raster stays sharp when Word prints the 156 mm-wide picture. */
export const CHART_PIXEL_RATIO = 2;
// Drawn narrow and printed 156 mm wide: 12 px text comes out near 9 pt, legible beside 3号 body text.
const WIDTH = 600;

// Units and indicators are one bar each (up to 15): the height grows with the rows so labels never collide.
function heightOf(key: string, a: QuarterlyAnalysis): number {
  if (key === 'unit') return Math.max(260, 110 + Math.min(15, a.byUnit.length) * 30);
  if (key === 'indicator')
    return Math.max(260, 110 + Math.min(15, a.indicators.filter((i) => i.ratio !== null).length) * 30);
  return 340;
}

/**
 * One option to SVG (ECharts SSR, a few ms) to PNG (resvg, a few hundred ms with the 17 MB CJK font to load):
 * the rasterising runs on libuv's thread pool, so a Word export does not hold up other requests.
 * `fontFile` is the CJK face to load when it exists.
 */
export async function renderChartPng(
  option: Record<string, unknown>,
  width: number,
  height: number,
  fontFile: string = CJK_FONT_FILE,
): Promise<Buffer> {
  const chart = init(null as unknown as HTMLElement, undefined, {
    renderer: 'svg',
    ssr: true,
    width,
    height,
  });
  let svg: string;
  try {
    chart.setOption(option);
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  const fontFiles = existsSync(fontFile) ? [fontFile] : [];
  // System fonts too, so a machine without WenQuanYi still draws with its own CJK face (or boxes at worst).
  const image = await renderAsync(svg, {
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: CHART_PIXEL_RATIO },
    font: {
      fontFiles,
      loadSystemFonts: true,
      defaultFontFamily: fontFiles.length ? 'WenQuanYi Zen Hei' : 'sans-serif',
      sansSerifFamily: fontFiles.length ? 'WenQuanYi Zen Hei' : 'DejaVu Sans',
    },
  });
  return image.asPng();
}

/** The four charts of the analysis, in document order, and the key projects' investment when it has any. */
export function renderQuarterlyCharts(a: QuarterlyAnalysis): Promise<ChartImage[]> {
  const charts: Array<Promise<ChartImage>> = QUARTERLY_CHARTS.map(async ({ key, option }) => {
    const height = heightOf(key, a);
    const built = option(a, chartTextZh, { fontFamily: FONT_FAMILY });
    const title = (built.title as { text: string }).text;
    return { key, title, png: await renderChartPng(built, WIDTH, height), width: WIDTH, height };
  });
  const projects = a.projects;
  if (projects && projects.lights.total > 0) {
    const built = projectInvestmentChartOption(projects, projectChartTextZh, { fontFamily: FONT_FAMILY });
    charts.push(
      renderChartPng(built, WIDTH, 340).then((png) => ({
        key: 'project-investment',
        title: projectChartTextZh.title,
        png,
        width: WIDTH,
        height: 340,
      })),
    );
  }
  return Promise.all(charts);
}
