import { Descriptions, Table, Typography, type TableColumnsType } from 'antd';
import type { AuditEvent } from '../../api/types';
import { useT } from '../../i18n/i18n';

interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

function show(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Field-by-field rows of a before/after diff; changed fields first keep their order. */
export function diffRows(diff: AuditEvent['diff']): DiffRow[] {
  if (!diff) return [];
  const before = diff.before ?? {};
  const after = diff.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.map((field) => {
    const b = before[field];
    const a = after[field];
    return { field, before: b, after: a, changed: JSON.stringify(b) !== JSON.stringify(a) };
  });
}

/** The expanded audit row: before/after as two columns, then the hash chain fields. */
export function AuditDetail({ event }: { event: AuditEvent }) {
  const t = useT();
  const rows = diffRows(event.diff);
  const cell = (value: unknown) => (
    <span className="luoshi-mono" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}>
      {show(value)}
    </span>
  );
  const columns: TableColumnsType<DiffRow> = [
    {
      title: t('audit.diffField'),
      dataIndex: 'field',
      key: 'field',
      width: 180,
      render: (f: string) => <span className="luoshi-mono">{f}</span>,
    },
    { title: t('audit.diffBefore'), dataIndex: 'before', key: 'before', render: cell },
    { title: t('audit.diffAfter'), dataIndex: 'after', key: 'after', render: cell },
  ];
  return (
    <div style={{ maxWidth: 1000 }}>
      {rows.length > 0 ? (
        <Table<DiffRow>
          size="small"
          rowKey="field"
          pagination={false}
          columns={columns}
          dataSource={rows}
          tableLayout="fixed"
          onRow={(row) => (row.changed ? { style: { background: '#fffbe6' } } : {})}
          style={{ marginBottom: 12 }}
        />
      ) : (
        <Typography.Paragraph type="secondary">{t('audit.noDiff')}</Typography.Paragraph>
      )}
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          {
            key: 'entityId',
            label: t('audit.entityId'),
            children: <span className="luoshi-mono">{event.entityId ?? '—'}</span>,
          },
          { key: 'alg', label: t('audit.hashAlg'), children: event.hashAlg },
          {
            key: 'hash',
            label: t('audit.hash'),
            children: (
              <Typography.Text
                className="luoshi-mono"
                copyable
                ellipsis={{ tooltip: event.hash }}
                style={{ maxWidth: 560 }}
              >
                {event.hash}
              </Typography.Text>
            ),
          },
          {
            key: 'prev',
            label: t('audit.prevHash'),
            children: event.prevHash ? (
              <Typography.Text
                className="luoshi-mono"
                ellipsis={{ tooltip: event.prevHash }}
                style={{ maxWidth: 560 }}
              >
                {event.prevHash}
              </Typography.Text>
            ) : (
              '—'
            ),
          },
        ]}
      />
    </div>
  );
}
