import { Col, Row, Statistic, Table, Typography } from 'antd';
import type { BulletinData } from '../../api/supervision';
import { useT } from '../../i18n/i18n';
import { LIGHT_COLORS } from '../../theme';

type Acceptance = NonNullable<BulletinData['acceptance']>;

/** 验收情况 of the month, as the Word document has it: the counts, then the tasks still waiting, longest first. */
export function BulletinAcceptance({ data }: { data: Acceptance | undefined }) {
  const t = useT();
  if (!data) return null;
  const decided = data.accepted + data.acceptedWithRemarks + data.returned;
  if (data.requested + decided + data.waiting.length === 0) return null;
  const figures: Array<[Parameters<typeof t>[0], number | string]> = [
    ['bulletin.acceptance.requested', data.requested],
    ['bulletin.acceptance.accepted', data.accepted],
    ['bulletin.acceptance.acceptedWithRemarks', data.acceptedWithRemarks],
    ['bulletin.acceptance.returned', data.returned],
    ['bulletin.acceptance.averageDays', data.averageDaysToAccept ?? '—'],
    ['bulletin.acceptance.waiting', data.waiting.length],
  ];
  return (
    <div style={{ marginTop: 24 }}>
      <Typography.Title level={5}>{t('bulletin.acceptance.title')}</Typography.Title>
      <Row gutter={[16, 8]}>
        {figures.map(([key, value]) => (
          <Col key={key} xs={12} sm={8} md={4}>
            <Statistic title={t(key)} value={value} />
          </Col>
        ))}
      </Row>
      {data.waiting.length > 0 ? (
        <Table
          style={{ marginTop: 12 }}
          size="small"
          pagination={false}
          scroll={{ x: 560 }}
          rowKey={(w) => `${w.code}:${w.title}`}
          dataSource={data.waiting}
          columns={[
            {
              title: t('bulletin.acceptance.task'),
              render: (_: unknown, w: Acceptance['waiting'][number]) =>
                `${w.code ? `${w.code} ` : ''}${w.title}`,
            },
            { title: t('bulletin.acceptance.unit'), dataIndex: 'unitName', width: 160 },
            { title: t('bulletin.acceptance.requestedOn'), dataIndex: 'requestedOn', width: 110 },
            {
              title: t('bulletin.acceptance.daysWaited'),
              dataIndex: 'daysWaited',
              width: 100,
              align: 'right',
              render: (v: number) => <span style={{ color: LIGHT_COLORS.red, fontWeight: 600 }}>{v}</span>,
            },
          ]}
        />
      ) : null}
    </div>
  );
}
