import { lockRow } from '../../db/row-lock';
import { uuidv7 } from 'uuidv7';
import { defaultScheme, ZAssessmentScheme, type TAssessmentScheme } from '../../../domain/assessment/index';
import { canManageAssessment, canReadAssessment } from './assessment.policy';
import { recordAudit } from '../../audit/record-audit';
import { auditBase, tenantTx, type AuthedContext } from '../../context';
import type { Executor } from '../../db/client';
import { assessmentSchemes } from '../../db/schema';
import { AppError, notFound } from '../../errors';
import { iso } from '../../http';
import { assertCan } from '../../policy/assert';
import { findScheme, lastSchemeVersion, latestPublishedScheme, schemesOfYear, setSchemeFields } from './assessment.repository';

/** A scheme as given, validated: 422 naming each offending field (weights that do not add up to 100, …). */
export function parseScheme(input: unknown, year: number): TAssessmentScheme {
  const parsed = ZAssessmentScheme.safeParse({ version: 0, ...(input as object), year });
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', { details: { fields: parsed.error.issues.map((i) => ({ path: ['scheme', ...i.path].join('.'), message: i.message })) } });
  }
  return parsed.data;
}

/** The scheme in force for a year: the latest published version, else the built-in default. */
export async function effectiveScheme(tx: Executor, year: number): Promise<{ id: string | null; scheme: TAssessmentScheme }> {
  const row = await latestPublishedScheme(tx, year);
  return row ? { id: row.id, scheme: ZAssessmentScheme.parse(row.scheme) } : { id: null, scheme: defaultScheme(year) };
}

export async function listSchemes(ctx: AuthedContext, year: number) {
  assertCan(canReadAssessment(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const rows = await schemesOfYear(tx, year);
    const items: Array<{ id: string | null; year: number; version: number; status: 'default' | 'draft' | 'published'; scheme: unknown; publishedAt: string | null }> = rows.map(
      (r) => ({ id: r.id, year: r.year, version: r.version, status: r.status, scheme: r.scheme, publishedAt: iso(r.publishedAt) }),
    );
    // Until the district publishes its own, the built-in default scheme is in force.
    if (!rows.some((r) => r.status === 'published')) items.push({ id: null, year, version: 0, status: 'default', scheme: defaultScheme(year), publishedAt: null });
    return items;
  });
}

/** Saves a new draft version; a published version is frozen and never changes. */
export async function saveScheme(ctx: AuthedContext, year: number, input: unknown) {
  assertCan(canManageAssessment(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    const version = ((await lastSchemeVersion(tx, year)) ?? 0) + 1;
    const scheme = parseScheme({ ...(input as object), version }, year);
    const id = uuidv7();
    await tx.insert(assessmentSchemes).values({ id, tenantId: ctx.actor.tenantId, year, version, scheme, createdBy: ctx.actor.userId, createdAt: now, updatedAt: now, updatedBy: ctx.actor.userId });
    await recordAudit(tx, { ...auditBase(ctx), action: 'assessment.scheme_saved', entityType: 'assessment_scheme', entityId: id, after: { year, version } });
    return { id, year, version, status: 'draft' as const, scheme, publishedAt: null };
  });
}

export async function publishScheme(ctx: AuthedContext, id: string) {
  assertCan(canManageAssessment(ctx.actor));
  const now = ctx.clock.now();
  return tenantTx(ctx, async (tx) => {
    await lockRow(tx, assessmentSchemes, id);
    const row = await findScheme(tx, id);
    if (!row) throw notFound();
    if (row.status === 'published') throw new AppError('INVALID_TRANSITION', { message: '该方案已发布' });
    await setSchemeFields(tx, id, { status: 'published', publishedAt: now, updatedAt: now, updatedBy: ctx.actor.userId });
    await recordAudit(tx, { ...auditBase(ctx), action: 'assessment.scheme_published', entityType: 'assessment_scheme', entityId: id, after: { year: row.year, version: row.version } });
    return { id, year: row.year, version: row.version, status: 'published' as const, scheme: row.scheme, publishedAt: iso(now) };
  });
}
