import { Checkbox, Flex, Typography } from 'antd';
import { useEffect } from 'react';
import { sharesApi } from '../../api/shares';
import type { Task } from '../../api/types';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { ShareFigures } from './share-figures';
import { ShareStatusTag } from './share-status-tag';

/**
 * In the lead unit's report form: the co-units' shares of the report's period beside it, the submitted ones
 * ticked by default; the ticked ids go with the report (`shareIds`) and are consolidated into it.
 */
export function ShareConsolidation({
  task,
  period,
  value,
  onChange,
}: {
  task: Task;
  period: string | undefined;
  value?: string[];
  onChange?: (ids: string[]) => void;
}) {
  const t = useT();
  const list = useRequest(
    (signal) =>
      period && task.coUnitIds.length > 0 ? sharesApi.list(task.id, period, signal) : Promise.resolve(null),
    [task.id, period],
  );
  const shares = (list.data?.units ?? []).flatMap((u) => (u.share ? [u.share] : []));
  const open = shares.filter((s) => s.status === 'submitted');
  // A new period's list (or a form reset) ticks every submitted share: consolidating is what the lead unit
  // usually wants; ids of another period never stay behind.
  const cleared = value === undefined;
  useEffect(() => {
    if (list.data !== undefined) onChange?.(open.map((s) => s.id));
  }, [list.data, cleared]);
  if (task.coUnitIds.length === 0) return null;
  const ticked = new Set(value ?? []);
  return (
    <fieldset className="luoshi-fieldset" data-testid="share-consolidation">
      <legend>{t('share.consolidateTitle')}</legend>
      {shares.length === 0 ? (
        <Typography.Text type="secondary">{t('share.consolidateNone')}</Typography.Text>
      ) : (
        <Flex vertical gap={12}>
          {shares.map((s) => (
            <Flex key={s.id} gap={8} align="flex-start">
              <Checkbox
                checked={ticked.has(s.id)}
                disabled={s.status !== 'submitted'}
                aria-label={s.unitName ?? s.unitId}
                onChange={(e) =>
                  onChange?.(e.target.checked ? [...ticked, s.id] : [...ticked].filter((id) => id !== s.id))
                }
              />
              <div style={{ minWidth: 0, flex: 1 }}>
                <Flex gap={8} align="center" wrap>
                  <Typography.Text strong>{s.unitName}</Typography.Text>
                  <ShareStatusTag status={s.status} />
                </Flex>
                <ShareFigures task={task} values={s.values} />
                <Typography.Paragraph
                  type="secondary"
                  style={{ margin: 0, whiteSpace: 'pre-wrap' }}
                  ellipsis={{ rows: 2, expandable: 'collapsible' }}
                >
                  {s.narrative}
                </Typography.Paragraph>
              </div>
            </Flex>
          ))}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('share.consolidateHint')}
          </Typography.Text>
        </Flex>
      )}
    </fieldset>
  );
}
