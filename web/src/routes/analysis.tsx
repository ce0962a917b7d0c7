import { FileWordOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Segmented, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { analysisApi } from '../api/analysis';
import { saveBlob } from '../api/client';
import { useRequest } from '../api/use-request';
import { QuarterlyView } from '../features/analysis/quarterly-view';
import { errorMessage } from '../features/common/errors';
import { PageTitle } from '../features/common/page-title';
import { useUrlFilters } from '../features/common/use-url-filters';
import { currentPeriod } from '../features/tasks/period';
import { useT } from '../i18n/i18n';

const FIRST_YEAR = 2020;

/** 季度分析: pick a year and quarter (one that has begun), read the summary, the four charts and their tables, export Word. */
export function AnalysisPage() {
  const t = useT();
  const { message } = App.useApp();
  const [thisYear, thisMonth] = currentPeriod().split('-').map(Number) as [number, number];
  const thisQuarter = Math.ceil(thisMonth / 3);
  const [filters, setFilters] = useUrlFilters(['year', 'quarter'] as const);
  const year = Math.min(thisYear, Math.max(FIRST_YEAR, Number(filters.year) || thisYear));
  const latestQuarter = year === thisYear ? thisQuarter : 4;
  const quarter = Math.min(latestQuarter, Math.max(1, Number(filters.quarter) || latestQuarter));
  const { data, error, loading } = useRequest(
    (signal) => analysisApi.quarterly(year, quarter, signal),
    [year, quarter],
  );
  const [exporting, setExporting] = useState(false);
  const shown = data && data.year === year && data.quarter === quarter ? data : undefined;

  const exportWord = async () => {
    setExporting(true);
    try {
      const { blob, fileName } = await analysisApi.document(year, quarter);
      saveBlob(blob, fileName);
      message.success(t('analysis.exported', { name: fileName }));
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setExporting(false);
    }
  };

  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  const total = shown?.byUnit.reduce((s, u) => s + u.total, 0) ?? 0;

  return (
    <div>
      <PageTitle
        title={t('analysis.title')}
        extra={
          <>
            <Select
              aria-label={t('analysis.year')}
              value={year}
              style={{ width: 110 }}
              options={years.map((y) => ({ value: y, label: t('analysis.yearOption', { year: y }) }))}
              onChange={(y: number) =>
                setFilters({ year: y, quarter: y === thisYear ? Math.min(quarter, thisQuarter) : quarter })
              }
            />
            <Segmented<number>
              aria-label={t('analysis.quarter')}
              value={quarter}
              onChange={(q) => setFilters({ year, quarter: q })}
              options={[1, 2, 3, 4].map((q) => ({
                value: q,
                label: t('analysis.quarterOption', { q }),
                disabled: q > latestQuarter,
              }))}
            />
            <Button
              type="primary"
              icon={<FileWordOutlined />}
              loading={exporting}
              disabled={!shown || total === 0}
              onClick={() => void exportWord()}
            >
              {t('analysis.exportWord')}
            </Button>
          </>
        }
      />
      {error ? (
        <Alert type="error" showIcon message={errorMessage(t, error)} style={{ marginBottom: 16 }} />
      ) : null}
      {!shown ? (
        loading ? (
          <Card>
            <Skeleton active paragraph={{ rows: 8 }} />
          </Card>
        ) : null
      ) : total === 0 ? (
        <Card>
          <Empty description={t('analysis.empty')} />
        </Card>
      ) : (
        <>
          <Card size="small" title={t('analysis.summaryTitle')} style={{ marginBottom: 16 }}>
            <Typography.Text type="secondary">
              {t(shown.asOf < shown.to ? 'analysis.periodRunning' : 'analysis.period', {
                from: shown.from,
                asOf: shown.asOf,
              })}
            </Typography.Text>
            <Flex vertical gap={4} style={{ marginTop: 8 }}>
              {shown.summary.map((s) => (
                <Typography.Paragraph key={s} style={{ margin: 0, fontSize: 15 }}>
                  {s}
                </Typography.Paragraph>
              ))}
            </Flex>
          </Card>
          <QuarterlyView
            analysis={shown}
            fileStem={`${shown.districtName}${shown.year}年第${shown.quarter}季度`}
          />
        </>
      )}
    </div>
  );
}
