import { Tag, Tooltip } from 'antd';
import type { Task } from '../../api/types';
import { useT } from '../../i18n/i18n';

/**
 * What a draft's office should check (issue 19): where the extractor took the due date from, and whether a
 * heading on its section path is a guess. Shown only on drafts; the tooltip says what to do.
 */
export function DraftProvenanceTags({ task }: { task: Task }) {
  const t = useT();
  if (task.status !== 'draft' || (task.dueDateSource === null && !task.headingUncertain)) return null;
  const source = task.dueDateSource;
  return (
    <span className="luoshi-draft-provenance" style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>
      {source ? (
        <Tooltip title={t(`decision.dueSource.${source}.tip`)}>
          <Tag color={source === 'stated' ? 'default' : 'blue'} style={{ marginInlineEnd: 0 }}>
            {t(`decision.dueSource.${source}`)}
          </Tag>
        </Tooltip>
      ) : null}
      {task.headingUncertain ? (
        <Tooltip title={t('decision.headingUncertain.tip')}>
          <Tag color="warning" style={{ marginInlineEnd: 0 }}>
            {t('decision.headingUncertain')}
          </Tag>
        </Tooltip>
      ) : null}
    </span>
  );
}
