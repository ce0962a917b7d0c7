/**
 * 公示与申诉: a finalized result is published for a window of working days, during which a unit may appeal a
 * component, a deduction or a veto of its own result. What an upheld (or partly upheld) ruling changes is a
 * recorded fact the engine applies — a component's raw score set by the ruling, a deduction waived in whole or
 * by some points, a veto set aside — and the fact it corrects stays in the evidence, citing the ruling.
 */
import { z } from 'zod';
import { addWorkingDays, type WorkingCalendar } from '../calendar/working-days';
import type { AppealRuling, AppealTargetKind } from '../vocabulary';
import { componentKeys } from './scheme';
import type { TUnitResult } from './result';
import { waivableEvidenceKinds, type TWaiver } from './waivers';

/** A component's raw score as an appeal ruling set it (恢复分项得分). */
export const ZComponentRuling = z.object({
  /** The appeal. */
  id: z.string().min(1),
  unitId: z.string().min(1),
  key: z.enum(componentKeys),
  raw: z.number().min(0).max(100),
  label: z.string().max(500),
});
export type TComponentRuling = z.output<typeof ZComponentRuling>;

/** A veto event an appeal ruling set aside (撤销一票否决). */
export const ZVetoRuling = z.object({
  id: z.string().min(1),
  unitId: z.string().min(1),
  factId: z.string().min(1),
  label: z.string().max(500),
});
export type TVetoRuling = z.output<typeof ZVetoRuling>;

/**
 * The last day of the window: `days` working days after the day of publication (that day not counted), so
 * a window of 5 opened on a Friday ends on the next Friday.
 */
export function appealWindowEnd(publishedOn: string, days: number, calendar: WorkingCalendar): string {
  return addWorkingDays(publishedOn, days, calendar);
}

/** Whether a unit may still appeal on `today`: from publication to the window's last day, inclusive. */
export function isWindowOpen(window: { publishedOn: string; windowEndsOn: string }, today: string): boolean {
  return today >= window.publishedOn && today <= window.windowEndsOn;
}

/** An item of a unit's result an appeal names, found in the result: its label and the points at stake. */
export interface TAppealTarget {
  label: string;
  points: number | null;
  /** For a deduction: the evidence kind and fact id, as a waiver names them. */
  factKind?: string;
  factId?: string;
}

/**
 * Finds what an appeal names in the unit's result: a component by key, a deduction by "kind:fact id" among
 * the deductions' evidence (one that still deducts something), a veto by its event id. Null when the unit's
 * result has no such item — an appeal can only be about what its own result shows.
 */
export function findAppealTarget(
  unit: TUnitResult,
  kind: AppealTargetKind,
  key: string,
): TAppealTarget | null {
  if (kind === 'component') {
    const c = unit.components.find((x) => x.key === key);
    return c ? { label: c.key, points: c.raw } : null;
  }
  if (kind === 'veto') {
    for (const v of unit.vetoes)
      for (const e of v.evidence)
        if (e.id === key && e.reason === 'counted') return { label: `${v.name}：${e.label}`, points: null };
    return null;
  }
  const sep = key.indexOf(':');
  const factKind = key.slice(0, sep);
  const factId = key.slice(sep + 1);
  if (sep <= 0 || !(waivableEvidenceKinds as readonly string[]).includes(factKind)) return null;
  for (const item of unit.deductions.items) {
    if (item.kind === 'yellow_month') continue;
    const e = item.evidence.find((x) => x.kind === factKind && x.id === factId);
    if (e && e.value !== undefined && e.value > 0)
      return { label: e.label, points: e.value, factKind, factId };
  }
  return null;
}

/** What the office decides: the ruling, and for a component the raw score, for a partial deduction the points. */
export interface TAppealDecision {
  decision: AppealRuling;
  raw?: number | undefined;
  points?: number | undefined;
}

/**
 * Checks a ruling against what it rules on; answers the offending field and why, or null when it stands.
 * A component ruling that upholds must set the raw score (above the appealed one); a partial deduction ruling
 * removes some points, fewer than the fact deducts; a veto is set aside or not (no partial ruling).
 */
export function rulingProblem(
  appeal: { targetKind: AppealTargetKind; points: number | null },
  d: TAppealDecision,
): { path: string; message: string } | null {
  if (d.decision === 'rejected') {
    if (d.raw !== undefined || d.points !== undefined)
      return { path: 'decision', message: '驳回申诉时不填分值' };
    return null;
  }
  if (appeal.targetKind === 'component') {
    if (d.points !== undefined) return { path: 'points', message: '分项申诉填写复核后的分项得分' };
    if (d.raw === undefined) return { path: 'raw', message: '请填写复核后的分项得分' };
    if (appeal.points !== null && d.raw <= appeal.points)
      return { path: 'raw', message: '复核得分应高于原得分，否则请驳回' };
    return null;
  }
  if (appeal.targetKind === 'veto') {
    if (d.decision === 'partly_upheld') return { path: 'decision', message: '一票否决只能撤销或驳回' };
    if (d.raw !== undefined || d.points !== undefined)
      return { path: 'decision', message: '一票否决不填分值' };
    return null;
  }
  if (d.raw !== undefined) return { path: 'raw', message: '扣分申诉不填分项得分' };
  if (d.decision === 'upheld') {
    if (d.points !== undefined) return { path: 'points', message: '全部支持时免除全部扣分，不填分值' };
    return null;
  }
  if (d.points === undefined) return { path: 'points', message: '部分支持须写明免扣分值' };
  if (appeal.points !== null && d.points >= appeal.points)
    return { path: 'points', message: '部分支持的免扣分值应小于原扣分，否则请全部支持' };
  return null;
}

/** A ruled appeal as the facts loader reads it. */
export interface TRuledAppeal {
  id: string;
  unitId: string;
  targetKind: AppealTargetKind;
  targetKey: string;
  status: AppealRuling;
  ruledRaw: number | null;
  ruledPoints: number | null;
  label: string;
}

/**
 * The facts upheld and partly upheld rulings add to an assessment: waivers of deductions, component scores,
 * vetoes set aside. Rejected appeals change nothing.
 */
export function rulingFacts(appeals: readonly TRuledAppeal[]): {
  waivers: TWaiver[];
  componentRulings: TComponentRuling[];
  vetoRulings: TVetoRuling[];
} {
  const waivers: TWaiver[] = [];
  const componentRulings: TComponentRuling[] = [];
  const vetoRulings: TVetoRuling[] = [];
  for (const a of appeals) {
    if (a.status === 'rejected') continue;
    const base = { id: a.id, unitId: a.unitId, label: a.label };
    if (a.targetKind === 'component' && a.ruledRaw !== null) {
      const key = componentKeys.find((k) => k === a.targetKey);
      if (key) componentRulings.push({ ...base, key, raw: a.ruledRaw });
    } else if (a.targetKind === 'veto') {
      vetoRulings.push({ ...base, factId: a.targetKey });
    } else if (a.targetKind === 'deduction') {
      const sep = a.targetKey.indexOf(':');
      const kind = waivableEvidenceKinds.find((k) => k === a.targetKey.slice(0, sep));
      if (kind)
        waivers.push({
          ...base,
          kind,
          factId: a.targetKey.slice(sep + 1),
          points: a.status === 'partly_upheld' ? a.ruledPoints : null,
          by: 'appeal',
        });
    }
  }
  return { waivers, componentRulings, vetoRulings };
}
