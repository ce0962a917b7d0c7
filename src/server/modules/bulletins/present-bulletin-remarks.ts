import type { Actor } from '../../context';
import { iso } from '../../http';
import type { remarksOf } from './bulletin-remarks.repository';
import type { TBulletinRemark } from './bulletin-remarks.schemas';
import { canManageBulletins, canSetBulletinPublic } from './bulletins.policy';

type Row = Awaited<ReturnType<typeof remarksOf>>[number];

/** A remark as the API answers it; only the office may remove one, and only while the bulletin is a draft. */
export function presentRemark(actor: Actor, row: Row, bulletinStatus: string): TBulletinRemark {
  const r = row.remark;
  return {
    id: r.id,
    bulletinId: r.bulletinId,
    kind: r.kind,
    unitId: r.unitId,
    unitName: row.unitName,
    taskId: r.taskId,
    taskLabel: r.taskId ? `${row.taskCode ?? ''} ${row.taskTitle ?? ''}`.trim() : null,
    text: r.text,
    createdAt: iso(r.createdAt),
    abilities: { remove: canManageBulletins(actor) && bulletinStatus === 'draft' },
  };
}

/** What the caller may do with a bulletin: the office publishes a draft and edits its remarks. */
export function bulletinAbilities(
  actor: Actor,
  status: string,
): { publish: boolean; editRemarks: boolean; setPublic: boolean } {
  const draft = canManageBulletins(actor) && status === 'draft';
  // 公开版: only a published bulletin, by whoever decides what is public.
  return {
    publish: draft,
    editRemarks: draft,
    setPublic: canSetBulletinPublic(actor) && status === 'published',
  };
}
