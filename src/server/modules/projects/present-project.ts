import { formatWan, parseWan, percentOf } from '../../../domain/money';
import type { Actor } from '../../context';
import { iso } from '../../http';
import type { ProjectBundle } from './project-bundles';
import { factsOf } from './project-bundles';
import { projectAbilities } from './projects.policy';
import type { TProject, TProjectSummary } from './projects.schemas';

/** A numeric(14,2) as the API answers it: always two decimals. */
export const wanOf = (value: string): string => formatWan(parseWan(value));

export function presentProjectSummary(actor: Actor, b: ProjectBundle): TProjectSummary {
  const { row, light } = b;
  const street = b.units.find((u) => u.role === 'street') ?? null;
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    type: row.type,
    source: row.source,
    stage: row.stage,
    stageReason: row.stageReason,
    year: row.year,
    streetUnitId: street?.unitId ?? null,
    streetUnitName: street?.unitName ?? null,
    leaderIds: b.leaders.map((l) => l.userId),
    leaderNames: b.leaders.map((l) => l.name),
    totalInvestment: wanOf(row.totalInvestment),
    annualPlan: wanOf(row.annualPlan),
    carryOver: wanOf(row.carryOver),
    completedThisYear: formatWan(light.completedCents),
    planToDate: formatWan(light.planToDateCents),
    progressPct: percentOf(light.completedCents, parseWan(row.annualPlan)),
    plannedStart: row.plannedStart,
    plannedEnd: row.plannedEnd,
    light: light.light,
    lightReasons: light.reasons,
    isPublic: row.isPublic,
    version: row.version,
    abilities: projectAbilities(actor, factsOf(b)),
  };
}

export function presentProject(actor: Actor, b: ProjectBundle): TProject {
  const { row } = b;
  return {
    ...presentProjectSummary(actor, b),
    address: row.address,
    ownerEnterprise: row.ownerEnterprise,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactUserId: row.contactUserId,
    units: b.units,
    taskIds: b.taskIds,
    targets: b.targets,
    monthlyPlan: b.planMonths.map((m) => ({ month: m.month, amount: wanOf(m.amount) })),
    baselinedAt: iso(row.baselinedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The fields an audit event records of a project (money as strings, lists by id). */
export function projectAuditFields(row: ProjectBundle['row']): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, createdBy: _b, updatedBy: _ub, tenantId: _t, ...rest } = row;
  return rest;
}
