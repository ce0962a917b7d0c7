import { Alert, Card, Empty, Flex, Space, Spin, Table, Typography } from 'antd';
import { useMemo } from 'react';
import type { AssessmentPreview, AssessmentResult } from '../../../api/assessment';
import { useT } from '../../../i18n/i18n';
import { errorMessage } from '../../common/errors';
import { pts } from '../labels';
import { GradeTags } from '../ranking-tab';

/** The ranking the edited scheme would give, beside the form, with rank changes against the scheme in force. */
export function PreviewPanel({
  preview,
  baseline,
  loading,
  error,
}: {
  preview: AssessmentPreview | null;
  baseline: AssessmentResult | undefined;
  loading: boolean;
  error: unknown;
}) {
  const t = useT();
  const before = useMemo(
    () => new Map(baseline?.groups.flatMap((g) => g.units.map((u) => [u.unitId, u.rank] as const)) ?? []),
    [baseline],
  );
  return (
    <Card
      size="small"
      title={
        <Space>
          {t('scheme.preview')}
          {loading ? <Spin size="small" aria-label={t('scheme.previewing')} /> : null}
        </Space>
      }
      style={{ position: 'sticky', top: 72 }}
      data-testid="scheme-preview"
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('scheme.previewHint')}
      </Typography.Paragraph>
      {error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 8 }}
          title={t('scheme.previewFailed', { message: errorMessage(t, error) })}
        />
      ) : null}
      {!preview ? (
        loading ? (
          <Spin style={{ display: 'block', margin: '24px auto' }} />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        )
      ) : (
        <Flex vertical gap={12} style={{ opacity: error ? 0.5 : 1 }}>
          {preview.groups.map((g) => (
            <div key={g.key} data-testid={`preview-group-${g.key}`}>
              <Typography.Text strong>{g.name}</Typography.Text>
              <Table
                size="small"
                rowKey="unitId"
                pagination={false}
                dataSource={g.units}
                tableLayout="fixed"
                columns={[
                  { title: t('assess.rank'), key: 'rank', dataIndex: 'rank', width: 52, align: 'center' },
                  {
                    title: '',
                    key: 'change',
                    width: 48,
                    render: (_, u) => {
                      const was = before.get(u.unitId);
                      if (was === undefined)
                        return <Typography.Text type="secondary">{t('scheme.rankNew')}</Typography.Text>;
                      if (was === u.rank) return null;
                      return was > u.rank ? (
                        <Typography.Text type="success" strong data-change="up">
                          {t('scheme.rankUp', { n: was - u.rank })}
                        </Typography.Text>
                      ) : (
                        <Typography.Text type="danger" strong data-change="down">
                          {t('scheme.rankDown', { n: u.rank - was })}
                        </Typography.Text>
                      );
                    },
                  },
                  {
                    title: t('assess.unit'),
                    key: 'unit',
                    dataIndex: 'unitName',
                    ellipsis: { showTitle: true },
                    onCell: () => ({ className: 'luoshi-preview-unit' }),
                  },
                  {
                    title: t('assess.total'),
                    key: 'total',
                    width: 64,
                    align: 'right',
                    render: (_, u) => pts(u.total),
                  },
                  {
                    title: t('assess.grade'),
                    key: 'grade',
                    width: 92,
                    render: (_, u) => <GradeTags unit={u} />,
                  },
                ]}
              />
            </div>
          ))}
        </Flex>
      )}
    </Card>
  );
}
