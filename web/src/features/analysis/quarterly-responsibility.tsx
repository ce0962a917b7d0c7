import { Card, Col, Row, Table } from 'antd';
import type { QuarterlyResponsibility } from '../../api/analysis';
import { useT } from '../../i18n/i18n';
import { LIGHT_COLORS } from '../../theme';

const warn = (color: string) => (v: number) =>
  v > 0 ? <span style={{ color, fontWeight: 600 }}>{v}</span> : v;

/** 配合与验收情况: co-units' shares of the quarter and each lead unit's acceptance, as the Word document has them. */
export function QuarterlyResponsibilitySection({ data }: { data: QuarterlyResponsibility }) {
  const t = useT();
  if (data.shares.length === 0 && data.acceptance.length === 0) return null;
  const num = (key: Parameters<typeof t>[0], dataIndex: string, render?: (v: number) => React.ReactNode) => ({
    title: t(key),
    dataIndex,
    width: 72,
    align: 'right' as const,
    ...(render ? { render } : {}),
  });
  return (
    <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
      {data.shares.length > 0 ? (
        <Col xs={24} lg={data.acceptance.length > 0 ? 10 : 24}>
          <Card size="small" title={t('analysis.resp.sharesTitle')}>
            <Table
              size="small"
              pagination={false}
              scroll={{ x: 420 }}
              rowKey="unitId"
              dataSource={data.shares}
              columns={[
                { title: t('analysis.resp.coUnit'), dataIndex: 'unitName', ellipsis: true },
                num('analysis.resp.owed', 'owed'),
                num('analysis.resp.onTime', 'onTime'),
                num('analysis.resp.late', 'late', warn(LIGHT_COLORS.yellow)),
                num('analysis.resp.missing', 'missing', warn(LIGHT_COLORS.red)),
              ]}
            />
          </Card>
        </Col>
      ) : null}
      {data.acceptance.length > 0 ? (
        <Col xs={24} lg={data.shares.length > 0 ? 14 : 24}>
          <Card size="small" title={t('analysis.resp.acceptanceTitle')}>
            <Table
              size="small"
              pagination={false}
              scroll={{ x: 620 }}
              rowKey="unitId"
              dataSource={data.acceptance}
              columns={[
                { title: t('analysis.resp.leadUnit'), dataIndex: 'unitName', ellipsis: true },
                num('analysis.resp.requested', 'requested'),
                num('analysis.resp.accepted', 'accepted'),
                num('analysis.resp.acceptedWithRemarks', 'acceptedWithRemarks'),
                num('analysis.resp.returned', 'returned', warn(LIGHT_COLORS.red)),
                {
                  ...num('analysis.resp.averageDays', 'averageDaysToAccept'),
                  render: (v: number | null) => (v === null ? '—' : v),
                },
                num('analysis.resp.waiting', 'waiting', warn(LIGHT_COLORS.yellow)),
              ]}
            />
          </Card>
        </Col>
      ) : null}
    </Row>
  );
}
