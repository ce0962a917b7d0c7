import { describe, expect, it } from 'vitest';
import { chartTextZh, trendChartOption } from '../../../domain/quarterly-charts';
import { CHART_PIXEL_RATIO, renderChartPng } from './charts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const trend = {
  trend: [
    { month: '2024-07', red: 1, yellow: 2, green: 5 },
    { month: '2024-08', red: 3, yellow: 1, green: 4 },
  ],
};

describe('server-side charts', () => {
  it('draws a chart as a PNG twice its CSS size', async () => {
    const png = await renderChartPng(trendChartOption(trend, chartTextZh), 400, 300);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
      400 * CHART_PIXEL_RATIO,
      300 * CHART_PIXEL_RATIO,
    ]);
  });

  it('still draws without the CJK font file (system fonts, boxes at worst)', async () => {
    const png = await renderChartPng(
      trendChartOption(trend, chartTextZh),
      400,
      300,
      '/nonexistent/wqy-zenhei.ttc',
    );
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.length).toBeGreaterThan(5_000);
  });
});
