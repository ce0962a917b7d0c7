import type { Actor } from '../../context';
import { iso } from '../../http';
import { decisionAbilities } from './decisions.policy';
import type { DecisionRow } from './decisions.repository';
import type { TDecision } from './decisions.schemas';

export function presentDecision(
  actor: Actor,
  row: DecisionRow,
  counts: { draft: number; published: number; total: number } | undefined,
  fileName: string | null,
): TDecision {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    date: row.date,
    source: row.source,
    hasText: Boolean(row.text),
    fileName,
    extractedAt: iso(row.extractedAt),
    publishedAt: iso(row.publishedAt),
    taskCounts: counts ?? { draft: 0, published: 0, total: 0 },
    abilities: decisionAbilities(actor, counts ?? { published: 0 }),
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export function decisionAuditFields(row: DecisionRow): Record<string, unknown> {
  return {
    title: row.title,
    kind: row.kind,
    date: row.date,
    source: row.source,
    textLength: row.text?.length ?? 0,
  };
}
