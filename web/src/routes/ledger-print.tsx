import { PrinterOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Segmented } from 'antd';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { tasksApi } from '../api/endpoints';
import { useRequest } from '../api/use-request';
import { useMe } from '../features/auth/session';
import { errorMessage } from '../features/common/errors';
import { PageSpinner } from '../features/common/page-spinner';
import { PageTitle } from '../features/common/page-title';
import { LEDGER_FILTER_KEYS, ledgerFilterOf, type LedgerFilterKey } from '../features/ledger/ledger-filter';
import '../features/ledger/ledger-print.css';
import { useT } from '../i18n/i18n';

type View = 'view' | 'monthly';

/**
 * 打印台账: the ledger's filters (from the URL, as the ledger page passed them) as the server writes the Excel
 * export — the screen's columns with 序号 in front, or the whole monthly ledger — laid out for A3 landscape.
 */
export function LedgerPrintPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'monthly' ? 'monthly' : 'view';
  const filter = useMemo(() => {
    const values = Object.fromEntries(LEDGER_FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as Record<
      LedgerFilterKey,
      string
    >;
    return ledgerFilterOf(values, me.abilities.seeAllTasks);
  }, [params, me.abilities.seeAllTasks]);
  const columns = useMemo(() => {
    const chosen = (params.get('columns') ?? '').split(',').filter(Boolean);
    return view === 'monthly' || chosen.length === 0 ? undefined : ['seq', ...chosen];
  }, [params, view]);
  const sheet = useRequest(
    (signal) => tasksApi.ledgerSheet(filter, columns, signal),
    [JSON.stringify(filter), columns?.join(',')],
  );
  const back = () => {
    const next = new URLSearchParams(params);
    next.delete('columns');
    next.delete('view');
    void navigate(`/ledger${next.size > 0 ? `?${next.toString()}` : ''}`);
  };
  const total = sheet.data?.columns.reduce((sum, c) => sum + c.width, 0) ?? 1;

  return (
    <>
      <div className="luoshi-ledger-print-controls">
        <PageTitle
          title={t('ledger.printTitle')}
          extra={
            <>
              <Segmented<View>
                value={view}
                onChange={(v) =>
                  setParams(
                    (prev) => {
                      const next = new URLSearchParams(prev);
                      if (v === 'monthly') next.set('view', 'monthly');
                      else next.delete('view');
                      return next;
                    },
                    { replace: true },
                  )
                }
                options={[
                  { value: 'view', label: t('ledger.printView') },
                  { value: 'monthly', label: t('ledger.printMonthly') },
                ]}
              />
              <Button
                type="primary"
                icon={<PrinterOutlined />}
                disabled={!sheet.data}
                onClick={() => window.print()}
              >
                {t('ledger.printNow')}
              </Button>
              <Button onClick={back}>{t('ledger.printBack')}</Button>
            </>
          }
        />
      </div>
      {sheet.error ? (
        <Empty description={t('common.loadFailed', { message: errorMessage(t, sheet.error) })}>
          <Button onClick={sheet.reload}>{t('common.retry')}</Button>
        </Empty>
      ) : !sheet.data ? (
        <PageSpinner />
      ) : (
        <section className="luoshi-ledger-sheet" aria-label={sheet.data.title}>
          <h1>{sheet.data.title}</h1>
          <Flex justify="center" className="luoshi-ledger-sheet-meta">
            {t('ledger.printCount', { count: sheet.data.rows.length })}
          </Flex>
          {sheet.data.rows.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ledger.printEmpty')} />
          ) : (
            <table>
              <colgroup>
                {sheet.data.columns.map((c) => (
                  <col key={c.key} style={{ width: `${((c.width / total) * 100).toFixed(2)}%` }} />
                ))}
              </colgroup>
              <thead>
                <tr>
                  {sheet.data.columns.map((c) => (
                    <th key={c.key} scope="col">
                      {c.header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {sheet.data.rows.map((row, i) => (
                  <tr key={i}>
                    {sheet.data?.columns.map((c) => {
                      const value = row[c.key] ?? '';
                      return (
                        <td key={c.key} className={typeof value === 'number' ? 'is-number' : undefined}>
                          {c.key === 'progress' && value !== '' ? `${value}%` : value}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </>
  );
}
