import { iso } from '../../http';
import type { UnitRow } from './units.repository';
import type { TUnit } from './units.schemas';

export function presentUnit(row: UnitRow): TUnit {
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    kind: row.kind,
    parentId: row.parentId,
    active: row.active,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

/** The plain fields of a unit as written to the audit log. */
export function unitAuditFields(row: UnitRow): Record<string, unknown> {
  return { name: row.name, code: row.code, kind: row.kind, parentId: row.parentId, active: row.active };
}
