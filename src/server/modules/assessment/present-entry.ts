import { entryAbilities, type AbilityActor } from '../../../domain/abilities';
import { assessmentEntries } from '../../db/schema';
import { iso } from '../../http';

export const present = (r: typeof assessmentEntries.$inferSelect, actor: AbilityActor) => ({
  abilities: entryAbilities(actor, r),
  id: r.id,
  year: r.year,
  kind: r.kind,
  unitId: r.unitId,
  data: r.data as Record<string, unknown>,
  evidence: r.evidence,
  isVerified: r.isVerified,
  createdAt: iso(r.createdAt),
  version: r.version,
});
