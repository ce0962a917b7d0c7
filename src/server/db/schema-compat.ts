/**
 * The expand/contract rule for migrations (docs/operations.md, "Upgrades with several nodes"). During a rolling
 * upgrade the first new node migrates while the old nodes still serve, so every migration must leave a schema the
 * PREVIOUS version's code still works on: it may add (tables, nullable or defaulted columns, wider vocabularies,
 * grants) but not take away or tighten. A migration that must take away (a contract step) says so in a marker
 * line, naming the version whose code stopped needing what it removes; it may only ship in a later version.
 *
 * The check compares the catalogue before and after each migration (read from a real database by
 * `readCatalog`), so it judges what the SQL did, not how it was spelled.
 */

/** What old code relies on, read from the catalogue of the `public` schema. */
export interface CatalogSnapshot {
  /** "table.column" → its type, whether it takes NULL, whether it has a default. */
  columns: Record<string, { type: string; nullable: boolean; hasDefault: boolean }>;
  /** "table.constraint" → pg_get_constraintdef of each CHECK constraint. */
  checks: Record<string, string>;
  /** "table:PRIVILEGE" and "table.column:PRIVILEGE" granted to the application role. */
  grants: string[];
}

export interface SchemaBreak {
  /** What old code would run into. */
  kind:
    | 'table_dropped'
    | 'column_dropped'
    | 'column_type_changed'
    | 'not_null_without_default'
    | 'check_tightened'
    | 'grant_revoked';
  /** The table, column, constraint or grant concerned. */
  object: string;
  detail: string;
}

/** The values of a CHECK that restricts one column to a list (`col = ANY (ARRAY['a'::text, …])`), else null. */
export function checkValueList(definition: string): string[] | null {
  const match = /^CHECK \(\(?\(?(\w+)\)? = ANY \(\(?ARRAY\[(.*)\]\)?(?:::text\[\])?\)\)\)?$/.exec(
    definition.trim(),
  );
  if (!match) return null;
  return [...(match[2] as string).matchAll(/'((?:[^']|'')*)'::/g)].map((m) =>
    (m[1] as string).replace(/''/g, "'"),
  );
}

/** The changes between two snapshots that code written for `before` could fail on. */
export function compareCatalogs(before: CatalogSnapshot, after: CatalogSnapshot): SchemaBreak[] {
  const breaks: SchemaBreak[] = [];
  const tablesBefore = new Set(Object.keys(before.columns).map((c) => c.split('.')[0] as string));
  const tablesAfter = new Set(Object.keys(after.columns).map((c) => c.split('.')[0] as string));
  for (const table of tablesBefore) {
    if (!tablesAfter.has(table))
      breaks.push({ kind: 'table_dropped', object: table, detail: 'table dropped or renamed' });
  }
  for (const [name, was] of Object.entries(before.columns)) {
    if (!tablesAfter.has(name.split('.')[0] as string)) continue;
    const now = after.columns[name];
    if (!now) {
      breaks.push({ kind: 'column_dropped', object: name, detail: 'column dropped or renamed' });
      continue;
    }
    if (now.type !== was.type)
      breaks.push({ kind: 'column_type_changed', object: name, detail: `${was.type} → ${now.type}` });
    if (was.nullable && !now.nullable && !now.hasDefault)
      breaks.push({
        kind: 'not_null_without_default',
        object: name,
        detail: 'SET NOT NULL on a column without default',
      });
  }
  for (const [name, now] of Object.entries(after.columns)) {
    const table = name.split('.')[0] as string;
    // A new column on a table old code already writes: old INSERTs leave it out.
    if (!before.columns[name] && tablesBefore.has(table) && !now.nullable && !now.hasDefault)
      breaks.push({
        kind: 'not_null_without_default',
        object: name,
        detail: 'new NOT NULL column without default',
      });
  }
  for (const [name, definition] of Object.entries(after.checks)) {
    const table = name.split('.')[0] as string;
    if (!tablesBefore.has(table)) continue;
    const previous = before.checks[name];
    if (previous === definition) continue;
    // A rule only on columns this migration added: old code never writes them.
    if (
      previous === undefined &&
      referencedColumns(table, definition, after).every((c) => !before.columns[c])
    )
      continue;
    const values = checkValueList(definition);
    const previousValues = previous === undefined ? null : checkValueList(previous);
    // Widening a vocabulary (drop the CHECK, add it back with more values) is the usual expand step.
    if (values && previousValues && previousValues.every((v) => values.includes(v))) continue;
    const lost = values && previousValues ? previousValues.filter((v) => !values.includes(v)) : [];
    breaks.push({
      kind: 'check_tightened',
      object: name,
      detail:
        previous === undefined
          ? `new CHECK on an existing table: ${definition}`
          : lost.length
            ? `values no longer allowed: ${lost.join(', ')}`
            : `${previous} → ${definition}`,
    });
  }
  const grantsAfter = new Set(after.grants);
  for (const grant of before.grants) {
    const object = grant.split(':')[0] as string;
    const table = object.split('.')[0] as string;
    if (!tablesAfter.has(table) || (object.includes('.') && !after.columns[object])) continue; // already reported
    if (!grantsAfter.has(grant))
      breaks.push({ kind: 'grant_revoked', object: grant, detail: 'privilege revoked from luoshi_app' });
  }
  return breaks;
}

/** The table's columns (as "table.column") whose names appear in a constraint's definition. */
function referencedColumns(table: string, definition: string, catalog: CatalogSnapshot): string[] {
  const words = new Set(definition.match(/[a-z_][a-z0-9_]*/g) ?? []);
  return Object.keys(catalog.columns).filter(
    (c) => c.startsWith(`${table}.`) && words.has(c.slice(table.length + 1)),
  );
}

/** `-- luoshi:contract <version>: <why>` — the version whose code no longer needs what this migration removes. */
export function contractMarker(sqlText: string): { since: string; why: string } | null {
  const match = /^--\s*luoshi:contract\s+(\d+\.\d+\.\d+)\s*:\s*(.+)$/m.exec(sqlText);
  return match ? { since: match[1] as string, why: (match[2] as string).trim() } : null;
}

/** Numeric comparison of x.y.z versions. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/**
 * Why a migration is refused, or null: it breaks the previous version's code and is not a contract step marked
 * with an earlier version than the one it ships in.
 */
export function refusal(breaks: SchemaBreak[], sqlText: string, shippingVersion: string): string | null {
  if (breaks.length === 0) return null;
  const list = breaks.map((b) => `${b.kind} ${b.object} (${b.detail})`).join('; ');
  const marker = contractMarker(sqlText);
  if (!marker)
    return `not backward-compatible: ${list}. Expand first (add, keep the old), stop using the old in one version, and remove it in a later version's migration marked "-- luoshi:contract <that version>: <why>"`;
  if (compareVersions(marker.since, shippingVersion) >= 0)
    return `contract step marked with ${marker.since}, but it ships in ${shippingVersion}: the version that stopped using what it removes must be released first (${list})`;
  return null;
}

/** Reads what `compareCatalogs` compares; `query` runs one SQL text and returns its rows. */
export async function readCatalog(
  query: (text: string) => Promise<Record<string, unknown>[]>,
): Promise<CatalogSnapshot> {
  const columns: CatalogSnapshot['columns'] = {};
  for (const row of await query(`SELECT c.table_name, c.column_name, c.data_type, c.udt_name, c.is_nullable, c.column_default
      FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'`)) {
    columns[`${row.table_name}.${row.column_name}`] = {
      type:
        row.data_type === 'USER-DEFINED' || row.data_type === 'ARRAY'
          ? String(row.udt_name)
          : String(row.data_type),
      nullable: row.is_nullable === 'YES',
      hasDefault: row.column_default !== null,
    };
  }
  const checks: CatalogSnapshot['checks'] = {};
  for (const row of await query(`SELECT cl.relname, co.conname, pg_get_constraintdef(co.oid) AS def
      FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
      WHERE co.contype = 'c' AND n.nspname = 'public'`)) {
    checks[`${row.relname}.${row.conname}`] = String(row.def);
  }
  const grants = [
    ...(
      await query(`SELECT table_name, privilege_type FROM information_schema.role_table_grants
        WHERE grantee = 'luoshi_app' AND table_schema = 'public'`)
    ).map((r) => `${r.table_name}:${r.privilege_type}`),
    ...(
      await query(`SELECT table_name, column_name, privilege_type FROM information_schema.column_privileges
        WHERE grantee = 'luoshi_app' AND table_schema = 'public'`)
    ).map((r) => `${r.table_name}.${r.column_name}:${r.privilege_type}`),
  ];
  return { columns, checks, grants: [...new Set(grants)].sort() };
}
