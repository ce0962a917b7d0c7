import { appealAbilities } from '../../../domain/abilities';
import type { Actor } from '../../context';
import { iso } from '../../http';
import type { findAppealRow } from './appeals.repository';
import type { TAppeal } from './appeals.schemas';

type Row = NonNullable<Awaited<ReturnType<typeof findAppealRow>>>;

/** An appeal as the API answers it, with what the caller may do with it. */
export function presentAppeal(actor: Actor, row: Row): TAppeal {
  const a = row.appeal;
  return {
    id: a.id,
    year: a.year,
    unitId: a.unitId,
    unitName: row.unitName,
    resultVersion: a.resultVersion,
    targetKind: a.targetKind,
    targetKey: a.targetKey,
    targetLabel: a.targetLabel,
    points: a.points,
    reasons: a.reasons,
    status: a.status,
    filedByName: row.filedByName,
    filedAt: iso(a.filedAt),
    rulingReasons: a.rulingReasons,
    ruledRaw: a.ruledRaw,
    ruledPoints: a.ruledPoints,
    newResultVersion: a.newResultVersion,
    ruledAt: iso(a.ruledAt),
    version: a.version,
    abilities: appealAbilities(actor, a),
  };
}
