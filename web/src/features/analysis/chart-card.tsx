import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { init, use, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../../i18n/i18n';
import { FONT_FAMILY } from '../../theme';

// The quarterly charts need the target line (markLine) besides what the shared wrapper registers.
use([
  BarChart,
  LineChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/**
 * One quarterly chart (its title drawn in the chart, so the downloaded PNG carries it), a "下载图片"
 * button that saves it as a 2× PNG on white, a line saying how to read it, and the same numbers as a table.
 */
export function ChartCard({
  option,
  height,
  fileName,
  ariaLabel,
  hint,
  children,
}: {
  option: EChartsCoreOption;
  height: number;
  fileName: string;
  ariaLabel: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    if (!ref.current) return;
    const instance = init(ref.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      { ...option, textStyle: { fontFamily: FONT_FAMILY }, aria: { enabled: true } },
      true,
    );
  }, [option]);

  const savePng = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
  };

  return (
    <Card size="small" style={{ height: '100%' }} styles={{ body: { padding: 12 } }}>
      <Flex justify="space-between" align="start" gap={8} wrap>
        <Typography.Text type="secondary" style={{ fontSize: 12, flex: '1 1 240px' }}>
          {hint}
        </Typography.Text>
        <Button
          size="small"
          icon={<DownloadOutlined />}
          onClick={savePng}
          aria-label={`${t('analysis.downloadPng')}：${ariaLabel}`}
        >
          {t('analysis.downloadPng')}
        </Button>
      </Flex>
      <div ref={ref} role="img" aria-label={ariaLabel} style={{ width: '100%', height }} />
      {children}
    </Card>
  );
}
