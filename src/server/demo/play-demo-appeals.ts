/**
 * 公示与申诉 in the demo (issue 17), today, after everything else the year's results count: the office
 * finalizes the year and publishes it (also on the public pages) for the window of working days; three units
 * appeal. 区交通运输局's satisfaction score was entered lower than the third-party report says — upheld, the year
 * finalized again as version 2 with that score; 区住房和城乡建设局 appeals its interview (约谈) — rejected with
 * reasons; 城关街道 appeals a missing report — still waiting, the window open. Through the use cases a click calls.
 */
import type { TAssessmentResult, TUnitResult } from '../../domain/assessment/index';
import { finalizeResults } from '../modules/assessment/finalize-results';
import { fileAppeal } from '../modules/appeals/file-appeal';
import { publishResults } from '../modules/appeals/publish-results';
import { ruleAppeal } from '../modules/appeals/rule-appeal';
import type { DemoActors } from './load-demo';

export interface DemoAppeals {
  year: number;
  /** The satisfaction score the upheld ruling gives 区交通运输局, and the one it appealed. */
  upheld: { unitName: string; from: number; to: number };
}

function unitIn(result: TAssessmentResult, unitId: string): TUnitResult {
  const unit = result.groups.flatMap((g) => g.units).find((u) => u.unitId === unitId);
  if (!unit) throw new Error(`the demo's results have no unit ${unitId}`);
  return unit;
}

/** The key ("evidence kind:fact id") of a unit's deduction of `item` kind, as its result cites it. */
function deductionKey(unit: TUnitResult, item: string): string {
  const evidence = unit.deductions.items
    .find((i) => i.kind === item)
    ?.evidence.find((e) => (e.value ?? 0) > 0);
  if (!evidence) throw new Error(`${unit.unitName} has no ${item} deduction to appeal`);
  return `${evidence.kind}:${evidence.id}`;
}

export async function playDemoAppeals(actors: DemoActors, today: string): Promise<DemoAppeals> {
  const office = actors.ctxOf('demo-supervisor');
  const year = Number(today.slice(0, 4));
  const finalized = await finalizeResults(office, year, {});
  await publishResults(office, year, { isPublic: true });

  const transport = unitIn(finalized, actors.unitIdOf('D05'));
  const from = transport.components.find((c) => c.key === 'satisfaction')?.raw ?? 0;
  const to = Math.min(100, Math.round(from * 10 + 50) / 10);
  const upheld = await fileAppeal(actors.ctxOf('demo-jtj-clerk'), {
    year,
    targetKind: 'component',
    targetKey: 'satisfaction',
    reasons: `第三方满意度测评报告中我局得分为${to.toFixed(1)}分，考核录入为${from.toFixed(1)}分，疑为录入错误。附测评报告第12页。`,
  });
  const housing = unitIn(finalized, actors.unitIdOf('D04'));
  const rejected = await fileAppeal(actors.ctxOf('demo-zjj-clerk'), {
    year,
    targetKind: 'deduction',
    targetKey: deductionKey(housing, 'interview'),
    reasons: '约谈指出的老旧小区改造问题，我局已于约谈后一个月内整改到位，3个小区均已开工，请求免于扣分。',
  });
  const streets = unitIn(finalized, actors.unitIdOf('S01'));
  await fileAppeal(actors.ctxOf('demo-cgjd-clerk'), {
    year,
    targetKind: 'deduction',
    targetKey: deductionKey(streets, 'missing_report'),
    reasons: '2月份背街小巷整治进展因春节假期和街道班子调整未能按时报送，已于3月初补报，请求减免扣分。',
  });

  await ruleAppeal(office, upheld.id, {
    decision: 'upheld',
    reasons: `经核对第三方测评报告原件，区交通运输局满意度得分应为${to.toFixed(1)}分，系录入错误，予以更正。`,
    raw: to,
    version: upheld.version,
  });
  await ruleAppeal(office, rejected.id, {
    decision: 'rejected',
    reasons:
      '约谈系因老旧小区改造任务持续亮红灯、督查发现的问题逾期未整改，事实清楚、程序合规；约谈后整改到位不改变约谈事实，按考核办法扣分，维持原结果。',
    version: rejected.version,
  });
  return { year, upheld: { unitName: transport.unitName, from, to } };
}
