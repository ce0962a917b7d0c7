/** The project form's values and the body they make (and back from a project). */
import dayjs, { type Dayjs } from 'dayjs';
import type { Project, ProjectBody, ProjectSource, ProjectStage, ProjectUnitRole } from '../../api/projects';
import { centsToWan, wanToCents } from './labels';

export interface FormValues {
  code?: string;
  name: string;
  type: string;
  source: ProjectSource;
  stage: ProjectStage;
  stageReason?: string;
  year: number;
  streetUnitId?: string;
  address?: string;
  ownerEnterprise?: string;
  contactName?: string;
  contactPhone?: string;
  totalInvestment: string;
  annualPlan: string;
  carryOver?: string;
  plannedStart?: Dayjs | null;
  plannedEnd?: Dayjs | null;
  leaderIds: string[];
  commandPostIds: string[];
  guideIds: string[];
  monthlyPlan: { month: number; amount?: string }[];
  taskIds: string[];
  targets: { id?: string; indicator: string; unit?: string; targetValue?: number | null }[];
}

export const FIELDS = [
  'code',
  'name',
  'type',
  'source',
  'stage',
  'stageReason',
  'year',
  'streetUnitId',
  'address',
  'ownerEnterprise',
  'contactName',
  'contactPhone',
  'totalInvestment',
  'annualPlan',
  'carryOver',
  'plannedStart',
  'plannedEnd',
  'leaderIds',
  'units',
  'monthlyPlan',
  'targets',
  'taskIds',
];
export const REASON_STAGES: readonly ProjectStage[] = ['suspended', 'terminated'];
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const text = (s: string | undefined) => (s && s.trim() ? s.trim() : null);
/** "1200" → "1200.00": the server's form, with the cents kept. */
const wan = (s: string | undefined) => centsToWan(wanToCents(s && s.trim() ? s.trim() : '0'));

export function valuesOf(p: Project | undefined): Partial<FormValues> {
  const year = dayjs().year();
  const empty = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, amount: '' }));
  if (!p)
    return {
      year,
      source: 'government',
      stage: 'planning',
      leaderIds: [],
      commandPostIds: [],
      guideIds: [],
      taskIds: [],
      monthlyPlan: empty,
      targets: [],
    };
  const ofRole = (role: ProjectUnitRole) => p.units.filter((u) => u.role === role).map((u) => u.unitId);
  return {
    code: p.code,
    name: p.name,
    type: p.type,
    source: p.source,
    stage: p.stage,
    stageReason: p.stageReason ?? undefined,
    year: p.year,
    streetUnitId: p.streetUnitId ?? undefined,
    address: p.address ?? undefined,
    ownerEnterprise: p.ownerEnterprise ?? undefined,
    contactName: p.contactName ?? undefined,
    contactPhone: p.contactPhone ?? undefined,
    totalInvestment: p.totalInvestment,
    annualPlan: p.annualPlan,
    carryOver: p.carryOver,
    plannedStart: p.plannedStart ? dayjs(p.plannedStart) : null,
    plannedEnd: p.plannedEnd ? dayjs(p.plannedEnd) : null,
    leaderIds: p.leaderIds,
    commandPostIds: ofRole('command_post'),
    guideIds: ofRole('guide'),
    taskIds: p.taskIds,
    monthlyPlan: empty.map((m) => ({
      ...m,
      amount: p.monthlyPlan.find((x) => x.month === m.month)?.amount ?? '',
    })),
    targets: p.targets.map((x) => ({
      id: x.id,
      indicator: x.indicator,
      unit: x.unit,
      targetValue: x.targetValue,
    })),
  };
}

export function bodyOf(v: FormValues): ProjectBody {
  const units = [
    ...(v.streetUnitId ? [{ unitId: v.streetUnitId, role: 'street' as const }] : []),
    ...v.commandPostIds.map((unitId) => ({ unitId, role: 'command_post' as const })),
    ...v.guideIds.map((unitId) => ({ unitId, role: 'guide' as const })),
  ];
  return {
    ...(v.code && v.code.trim() ? { code: v.code.trim() } : {}),
    name: v.name.trim(),
    type: v.type,
    source: v.source,
    stage: v.stage,
    stageReason: REASON_STAGES.includes(v.stage) ? text(v.stageReason) : null,
    year: v.year,
    address: text(v.address),
    ownerEnterprise: text(v.ownerEnterprise),
    contactName: text(v.contactName),
    contactPhone: text(v.contactPhone),
    totalInvestment: wan(v.totalInvestment),
    annualPlan: wan(v.annualPlan),
    carryOver: wan(v.carryOver),
    plannedStart: day(v.plannedStart),
    plannedEnd: day(v.plannedEnd),
    leaderIds: v.leaderIds,
    units,
    taskIds: v.taskIds,
    targets: v.targets.map((x) => ({
      indicator: x.indicator.trim(),
      unit: (x.unit ?? '').trim(),
      targetValue: x.targetValue ?? null,
    })),
    // Months without a plan are left out (the server keeps only the months given).
    monthlyPlan: v.monthlyPlan.flatMap((m, i) =>
      m.amount && m.amount.trim() ? [{ month: i + 1, amount: wan(m.amount) }] : [],
    ),
  };
}
