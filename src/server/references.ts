import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from './db/client';
import { AppError } from './errors';

/** Tables a request body may point into by id. */
export type ReferencedTable =
  | 'tasks'
  | 'units'
  | 'users'
  | 'decisions'
  | 'supervision_cases'
  | 'rectifications'
  | 'inspections'
  | 'task_targets';

export interface Reference {
  /** The field as the client sent it, e.g. `parentId` or `findings.0.taskId`. */
  path: string;
  table: ReferencedTable;
  id: string | null | undefined;
  message?: string;
}

const defaultMessages: Record<ReferencedTable, string> = {
  tasks: '任务不存在',
  units: '单位不存在',
  users: '用户不存在',
  decisions: '决策部署不存在',
  supervision_cases: '督办件不存在',
  rectifications: '整改事项不存在',
  inspections: '督查记录不存在',
  task_targets: '指标不存在',
};

/**
 * Every id a request body names must be a row of the caller's district. The database's foreign keys do not
 * see districts (a key check bypasses row-level security), so without this a body could link to another
 * district's row — and learn that its id exists — or, with a random id, fail with a 500. A row that is
 * missing and a row of another district answer alike: 422 naming each field.
 */
export async function assertRefsInTenant(
  tx: Executor,
  tenantId: string,
  refs: readonly Reference[],
): Promise<void> {
  const wanted = refs.filter((r): r is Reference & { id: string } => typeof r.id === 'string');
  const found = new Map<ReferencedTable, Set<string>>();
  for (const table of new Set(wanted.map((r) => r.table))) {
    const ids = [...new Set(wanted.filter((r) => r.table === table).map((r) => r.id))];
    const rows = await queryRows<{ id: string }>(
      tx,
      sql`SELECT id::text AS id FROM ${sql.identifier(table)} WHERE tenant_id = ${tenantId}::uuid AND id = ANY(${`{${ids.join(',')}}`}::uuid[])`,
    );
    found.set(table, new Set(rows.map((r) => r.id)));
  }
  const fields = wanted
    .filter((r) => !found.get(r.table)?.has(r.id))
    .map((r) => ({ path: r.path, message: r.message ?? defaultMessages[r.table] }));
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { details: { fields } });
}

/**
 * A task's parent may not be the task itself or one of its descendants: a loop would make the tree
 * endless and a backup unrestorable.
 */
export async function assertNoParentCycle(
  tx: Executor,
  table: 'tasks' | 'units',
  id: string,
  parentId: string,
  path = 'parentId',
): Promise<void> {
  const rows = await queryRows<{ found: boolean }>(
    tx,
    sql`WITH RECURSIVE up(id, parent_id, depth) AS (
          SELECT id, parent_id, 0 FROM ${sql.identifier(table)} WHERE id = ${parentId}::uuid
          UNION ALL
          SELECT t.id, t.parent_id, up.depth + 1 FROM ${sql.identifier(table)} t JOIN up ON t.id = up.parent_id WHERE up.depth < 10000
        )
        SELECT bool_or(id = ${id}::uuid) AS found FROM up`,
  );
  if (rows[0]?.found)
    throw new AppError('VALIDATION_FAILED', {
      details: { fields: [{ path, message: '上级不能是本身或其下级' }] },
    });
}
