import { Tag } from 'antd';
import type { BlockerLevel, BlockerStatus } from '../../../../src/domain/vocabulary';
import { useT, type MessageKey, type Translate } from '../../i18n/i18n';

const STATUS_COLORS: Record<BlockerStatus, string> = {
  open: 'red',
  coordinating: 'orange',
  pending_confirmation: 'blue',
  resolved: 'green',
  closed: 'default',
};
const LEVEL_COLORS: Record<BlockerLevel, string> = {
  unit: 'default',
  leader: 'gold',
  meeting: 'volcano',
  committee: 'magenta',
};

export const levelLabel = (t: Translate, level: BlockerLevel) => t(`blocker.level.${level}` as MessageKey);
export const statusLabel = (t: Translate, status: BlockerStatus) =>
  t(`blocker.status.${status}` as MessageKey);

export function BlockerStatusTag({ status }: { status: BlockerStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {statusLabel(t, status)}
    </Tag>
  );
}

export function BlockerLevelTag({ level }: { level: BlockerLevel }) {
  const t = useT();
  return (
    <Tag color={LEVEL_COLORS[level]} style={{ marginInlineEnd: 0 }}>
      {levelLabel(t, level)}
    </Tag>
  );
}

/** Who owns the blocker now, in words. */
export function ownerText(
  t: Translate,
  b: { ownerKind: 'unit' | 'leader' | 'office'; ownerUnitName: string | null; ownerUserName: string | null },
) {
  if (b.ownerKind === 'unit') return b.ownerUnitName ?? '—';
  if (b.ownerKind === 'leader') return b.ownerUserName ?? '—';
  return t('blocker.ownerOffice');
}

/** The link target of the project or task a blocker hangs from. */
export function subjectPath(b: { projectId: string | null; taskId: string | null }): string {
  return b.projectId ? `/projects/${b.projectId}` : `/tasks/${b.taskId ?? ''}`;
}
