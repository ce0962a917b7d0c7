import type { Actor } from '../../context';
import type { Executor } from '../../db/client';
import { iso } from '../../http';
import { canSeeAttachment } from '../attachments/attachments.policy';
import { listAttachmentsOf } from '../attachments/attachments.repository';
import { presentAttachment } from '../attachments/present-attachment';
import type { TaskRow } from '../tasks/tasks.repository';
import { taskShareAbilities } from './shares.policy';
import { shareNames, valuesOfShares, type TaskShareRow } from './shares.repository';
import type { TTaskShare } from './shares.schemas';

/** Rows → API shape, with the unit's name, the figures, the evidence and the caller's abilities on each share. */
export async function presentShares(
  tx: Executor,
  actor: Actor,
  task: TaskRow,
  rows: TaskShareRow[],
): Promise<TTaskShare[]> {
  const names = await shareNames(
    tx,
    [...new Set(rows.map((r) => r.unitId))],
    [...new Set(rows.map((r) => r.submittedBy))],
  );
  const values = await valuesOfShares(
    tx,
    rows.map((r) => r.id),
  );
  const out: TTaskShare[] = [];
  for (const r of rows) {
    // Whoever sees the share sees its evidence (the caller was checked with canSeeShare).
    const files = (await listAttachmentsOf(tx, 'share', r.id)).filter((a) =>
      canSeeAttachment(actor, a, true),
    );
    out.push({
      id: r.id,
      taskId: r.taskId,
      unitId: r.unitId,
      unitName: names.units.get(r.unitId) ?? null,
      period: r.period,
      status: r.status,
      narrative: r.narrative,
      problems: r.problems,
      returnReason: r.returnReason,
      reportId: r.reportId,
      values: values.get(r.id) ?? [],
      attachments: files.map((a) => presentAttachment(actor, a)),
      submittedByName: names.users.get(r.submittedBy) ?? null,
      submittedAt: iso(r.submittedAt),
      version: r.version,
      abilities: taskShareAbilities(actor, task, r),
    });
  }
  return out;
}
