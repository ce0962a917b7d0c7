import type { Executor } from '../../db/client';
import { buildBulletinDocx, type BulletinData } from '../../documents/bulletin-docx';
import type { BulletinRemarks } from '../../documents/bulletin-remarks-docx';
import { uuidv7 } from 'uuidv7';
import { insertRemarks, latestPlansOf, previousVersion, remarksOf } from './bulletin-remarks.repository';

const planWords: Record<string, string> = {
  required: '待报送',
  submitted: '已报送待审核',
  approved: '已通过',
  returned: '被退回待重报',
};

/** Each task's latest catch-up plan (赶超措施) in words, by task id: what the red-task list shows. */
export async function catchUpPlanWordsOf(tx: Executor, taskIds: string[]): Promise<Map<string, string>> {
  return new Map((await latestPlansOf(tx, taskIds)).map((p) => [p.taskId, planWords[p.status] ?? p.status]));
}

/** The remarks of a bulletin as the document prints them. */
export async function remarksForDocument(tx: Executor, bulletinId: string): Promise<BulletinRemarks> {
  const rows = await remarksOf(tx, [bulletinId]);
  const item = (r: (typeof rows)[number]) => ({
    unitName: r.unitName,
    taskLabel: r.remark.taskId ? `${r.taskCode ?? ''} ${r.taskTitle ?? ''}`.trim() : undefined,
    text: r.remark.text,
  });
  return {
    praise: rows.filter((r) => r.remark.kind === 'praise').map(item),
    criticism: rows.filter((r) => r.remark.kind === 'criticism').map(item),
  };
}

/** The bulletin's data with its remarks as they stand. */
export async function withRemarks(
  tx: Executor,
  bulletin: { id: string; data: unknown },
): Promise<BulletinData> {
  return { ...(bulletin.data as BulletinData), remarks: await remarksForDocument(tx, bulletin.id) };
}

/** The bulletin's data and Word document again, with its remarks as they stand. */
export async function renderWithRemarks(
  tx: Executor,
  bulletin: { id: string; data: unknown },
): Promise<{ data: BulletinData; document: Buffer }> {
  const data = await withRemarks(tx, bulletin);
  return { data, document: await buildBulletinDocx(data) };
}

/**
 * A correction starts from what the version before it named: its remarks are copied into the new draft,
 * where the office may remove or add to them before publishing.
 */
export async function copyRemarksFromPrevious(
  tx: Executor,
  bulletin: { id: string; tenantId: string; period: string; version: number },
  actorId: string,
  now: Date,
): Promise<void> {
  const previous = await previousVersion(tx, bulletin.period, bulletin.version);
  if (!previous) return;
  const rows = await remarksOf(tx, [previous.id]);
  await insertRemarks(
    tx,
    rows.map((r) => ({
      id: uuidv7(),
      tenantId: bulletin.tenantId,
      bulletinId: bulletin.id,
      kind: r.remark.kind,
      unitId: r.remark.unitId,
      taskId: r.remark.taskId,
      text: r.remark.text,
      copiedFrom: r.remark.id,
      createdBy: actorId,
      createdAt: now,
    })),
  );
}
