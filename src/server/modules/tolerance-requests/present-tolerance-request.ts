import { toleranceRequestAbilities } from '../../../domain/abilities';
import type { Actor } from '../../context';
import { iso } from '../../http';
import type { findRequestRow } from './tolerance-requests.repository';
import type { TToleranceRequest } from './tolerance-requests.schemas';

type Row = NonNullable<Awaited<ReturnType<typeof findRequestRow>>>;

/** A request as the API answers it, with what the caller may do with it. */
export function presentToleranceRequest(actor: Actor, row: Row): TToleranceRequest {
  const r = row.request;
  return {
    id: r.id,
    unitId: r.unitId,
    unitName: row.unitName,
    targetKind: r.targetKind,
    targetId: r.targetId,
    targetLabel: r.targetLabel,
    circumstances: r.circumstances,
    evidence: r.evidence,
    status: r.status,
    filedByName: row.filedByName,
    filedAt: iso(r.filedAt),
    officeOpinion: r.officeOpinion,
    preparedAt: iso(r.preparedAt),
    rulingReasons: r.rulingReasons,
    waivedPoints: r.waivedPoints,
    ruledAt: iso(r.ruledAt),
    version: r.version,
    abilities: toleranceRequestAbilities(actor, r),
  };
}
