import { Card, Flex } from 'antd';
import type { Decision } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { formatDateTime } from '../common/format';
import { kindLabel, sourceLabel } from '../tasks/labels';

/** The decision's facts in one line each: kind, date, source, counts, extraction, publication, file. */
export function DecisionFacts({ decision: d }: { decision: Decision }) {
  const t = useT();
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Flex wrap gap="4px 28px" component="dl" style={{ margin: 0 }}>
        {[
          { key: 'kind', label: t('decision.kind'), value: kindLabel(t, d.kind) },
          { key: 'date', label: t('decision.date'), value: d.date },
          { key: 'source', label: t('decision.source'), value: sourceLabel(t, d.source) },
          {
            key: 'counts',
            label: t('decisions.counts'),
            value: t('decisions.countsValue', {
              draft: d.taskCounts.draft,
              published: d.taskCounts.published,
            }),
          },
          {
            key: 'extracted',
            label: t('decision.extractedAt'),
            value: d.extractedAt ? formatDateTime(d.extractedAt) : t('decision.notYet'),
          },
          {
            key: 'published',
            label: t('decision.publishedAt'),
            value: d.publishedAt ? formatDateTime(d.publishedAt) : t('decision.notYet'),
          },
          ...(d.fileName ? [{ key: 'file', label: t('decision.file'), value: d.fileName }] : []),
        ].map((fact) => (
          <div key={fact.key} style={{ whiteSpace: 'nowrap', display: 'flex', minWidth: 0 }}>
            <dt style={{ color: '#595959', whiteSpace: 'pre' }}>
              {fact.label}
              {t('common.colon')}
            </dt>
            <dd style={{ margin: 0, overflow: 'hidden', textOverflow: 'ellipsis' }} title={fact.value}>
              {fact.value}
            </dd>
          </div>
        ))}
      </Flex>
    </Card>
  );
}
