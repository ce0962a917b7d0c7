import { RightOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/i18n';
import type { WorkbenchSection } from './sections';

/** A titled row of workbench cards. */
export function SectionView({ section }: { section: WorkbenchSection }) {
  const t = useT();
  return (
    <section aria-labelledby={`wb-${section.key}`}>
      <Typography.Title level={4} id={`wb-${section.key}`} style={{ marginTop: 8 }}>
        {t(section.titleKey)}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {section.cards.map((card) => (
          <Col key={card.key} xs={24} md={card.isWide ? 24 : 12} xl={card.isWide ? 24 : 8}>
            <Card
              title={t(card.titleKey)}
              style={{ height: '100%' }}
              extra={
                card.link ? (
                  <Link to={card.link}>
                    {t('workbench.goTo')} <RightOutlined style={{ fontSize: 10 }} />
                  </Link>
                ) : null
              }
            >
              {card.Body ? (
                <card.Body />
              ) : card.isShortcut ? (
                <Typography.Paragraph style={{ margin: 0 }}>{t(card.emptyKey)}</Typography.Paragraph>
              ) : (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={t(card.emptyKey)}
                  style={{ margin: 0 }}
                />
              )}
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
}
