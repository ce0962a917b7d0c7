import { Card, List, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Cockpit } from '../../api/cockpit';
import { useT } from '../../i18n/i18n';

type Summary = Cockpit['caseDeadlines'];
type Kind = Summary['overdue'][number]['kind'];

/** Where each kind is listed, filtered by its light (instructions are read on their tasks). */
const listLink: Record<Kind, string | null> = {
  case: '/supervision?tab=cases&deadline=',
  rectification: '/supervision?tab=rectifications&deadline=',
  instruction: null,
};
const itemLink = (kind: Kind, id: string): string | null =>
  kind === 'case'
    ? `/supervision/cases/${id}`
    : kind === 'rectification'
      ? `/supervision?tab=rectifications&id=${id}`
      : null;

/**
 * 督办事项办理情况 on the cockpit (issue 16): open cases, rectifications and instructions, how many are due soon
 * and overdue (each a link to the list filtered so), and the longest overdue named with their units.
 */
export function CaseDeadlinesCard({ summary, limit = 5 }: { summary: Summary; limit?: number }) {
  const t = useT();
  const rows = (['case', 'rectification', 'instruction'] as const).map((kind) => ({
    kind,
    ...summary[kind === 'case' ? 'cases' : kind === 'rectification' ? 'rectifications' : 'instructions'],
  }));
  const figure = (kind: Kind, n: number, state: 'overdue' | 'due_soon', color: string) => {
    const base = listLink[kind];
    const text = <span style={n > 0 ? { color, fontWeight: 600 } : undefined}>{n}</span>;
    return n > 0 && base ? <Link to={`${base}${state}`}>{text}</Link> : text;
  };
  return (
    <Card title={t('deadline.cardTitle')} style={{ marginBottom: 16 }} data-testid="cockpit-case-deadlines">
      <Table
        rowKey="kind"
        size="small"
        pagination={false}
        dataSource={rows}
        tableLayout="fixed"
        columns={[
          { title: t('deadline.kind'), key: 'kind', render: (_, r) => t(`deadline.kind.${r.kind}`) },
          { title: t('deadline.colOpen'), dataIndex: 'open', key: 'open', width: 64, align: 'right' },
          {
            title: t('deadline.colDueSoon'),
            key: 'dueSoon',
            width: 80,
            align: 'right',
            render: (_, r) => figure(r.kind, r.dueSoon, 'due_soon', '#874d00'),
          },
          {
            title: t('deadline.colOverdue'),
            key: 'overdue',
            width: 72,
            align: 'right',
            render: (_, r) => figure(r.kind, r.overdue, 'overdue', '#a8071a'),
          },
        ]}
      />
      <Typography.Text strong style={{ display: 'block', marginTop: 12 }}>
        {t('deadline.overdueList')}
      </Typography.Text>
      {summary.overdue.length === 0 ? (
        <Typography.Text type="secondary">{t('deadline.noneOverdue')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={summary.overdue.slice(0, limit)}
          renderItem={(o) => {
            const to = itemLink(o.kind, o.id);
            return (
              <List.Item style={{ paddingInline: 0 }}>
                <div style={{ minWidth: 0, width: '100%' }}>
                  <Typography.Text ellipsis={{ tooltip: o.title }} style={{ display: 'block' }}>
                    <Tag style={{ marginInlineEnd: 6 }}>{t(`deadline.kind.${o.kind}`)}</Tag>
                    {to ? <Link to={to}>{o.title}</Link> : o.title}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {o.unitNames.join('、')} · {t('deadline.dueDate')} {o.dueDate}
                  </Typography.Text>
                  <Tag color="error" style={{ marginInlineStart: 6 }}>
                    {t('deadline.overdueDays', { n: o.daysOverdue })}
                  </Tag>
                </div>
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}
