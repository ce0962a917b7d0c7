import { componentKeys, type TAssessmentScheme, type TComponentKey } from '../../../domain/assessment/index';
import { bonusLabels, deductionLabels } from '../../../domain/assessment/labels';
import { canSeeAllAssessment } from './assessment.policy';
import { shanghaiDate } from '../../clock';
import { tenantTx, type AuthedContext } from '../../context';
import { tenantName } from './assessment.repository';
import { buildAssessmentDocx, type AssessmentReportNote } from '../../documents/assessment-docx';
import { writeAssessmentXlsx, type AssessmentSheetGroup } from '../../documents/assessment-xlsx';
import { assertCan } from '../../policy/assert';
import { loadResults, type ResultsQuery } from './load-results';
import type { TShownUnit } from './present-results';

const points = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, ''));

/** The result table as .xlsx: exactly the results the caller sees (same visibility as GET results). */
export async function exportResults(
  ctx: AuthedContext,
  query: ResultsQuery,
): Promise<{ fileName: string; bytes: Buffer }> {
  const { result, scheme } = await loadResults(ctx, query);
  const keys = componentKeys.filter((k) => scheme.components.some((c) => c.key === k));
  const groups: AssessmentSheetGroup[] = result.groups.map((g) => ({
    name: g.name,
    units: g.units.map((u) => ({
      rank: u.rank,
      unitName: u.unitName,
      componentPoints: u.breakdownHidden
        ? null
        : (Object.fromEntries(u.components.map((c) => [c.key, c.points])) as Partial<
            Record<TComponentKey, number>
          >),
      deductions: u.breakdownHidden ? null : u.deductions.total,
      bonuses: u.breakdownHidden ? null : u.bonuses.total,
      veto: u.vetoes.map((v) => v.name).join('、') || (u.isVetoed ? '是' : ''),
      total: u.total,
      grade: u.grade,
    })),
  }));
  const version =
    result.finalized && query.version !== undefined ? `（第${result.finalized.version}版定稿）` : '';
  const bytes = await writeAssessmentXlsx(`${query.year}年度综合考核结果${version}`, keys, groups);
  return { fileName: `考核结果-${query.year}.xlsx`, bytes };
}

/** Why a unit got the lowest grade: its vetoes, or the floor it missed and what it lost points for. */
function noteFor(u: TShownUnit, scheme: TAssessmentScheme): AssessmentReportNote {
  const reasons: string[] = [];
  for (const v of u.vetoes) {
    const what = v.evidence.map((e) => e.label).join('、');
    reasons.push(`因${v.name}${what ? `（${what}）` : ''}被一票否决`);
  }
  if (!u.isVetoed) {
    const above = scheme.grades[scheme.grades.length - 2];
    if (above) reasons.push(`总分未达到“${above.name}”等次${points(above.floor)}分的分数线`);
  }
  const lost = u.deductions.items
    .filter((d) => d.points > 0)
    .map((d) => `${deductionLabels[d.kind]}${d.count}次扣${points(d.points)}分`);
  if (lost.length > 0) reasons.push(`扣分${points(u.deductions.total)}分（${lost.join('，')}）`);
  const gained = u.bonuses.items
    .filter((b) => b.points > 0)
    .map((b) => `${bonusLabels[b.kind]}加${points(b.points)}分`);
  if (gained.length > 0 && !u.isVetoed)
    reasons.push(`加分${points(u.bonuses.total)}分（${gained.join('，')}）`);
  return { unitName: u.unitName, grade: u.grade, total: u.total, reasons };
}

/** The Word report in the bulletins' official format; the office and leaders only (it names every unit). */
export async function resultsDocument(
  ctx: AuthedContext,
  query: ResultsQuery,
): Promise<{ fileName: string; bytes: Buffer }> {
  assertCan(canSeeAllAssessment(ctx.actor));
  const { result, scheme } = await loadResults(ctx, query);
  const tenant = await tenantTx(ctx, (tx) => tenantName(tx, ctx.actor.tenantId));
  const lowest = scheme.grades[scheme.grades.length - 1]?.key;
  const bytes = await buildAssessmentDocx({
    districtName: tenant?.name ?? '',
    year: result.year,
    asOf: result.asOf,
    schemeName: scheme.name,
    finalizedVersion: query.version !== undefined && result.finalized ? result.finalized.version : null,
    groups: result.groups.map((g) => ({
      name: g.name,
      units: g.units.map((u) => ({ rank: u.rank, unitName: u.unitName, total: u.total, grade: u.grade })),
      notes: g.units.filter((u) => u.isVetoed || u.gradeKey === lowest).map((u) => noteFor(u, scheme)),
    })),
    issuingOffice: '区委区政府督查室',
    issuedDate: shanghaiDate(ctx.clock.now()),
  });
  return { fileName: `考核结果-${result.year}.docx`, bytes };
}
