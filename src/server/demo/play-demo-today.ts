/** The demo's "today" (play-demo-year.ts, step 4): last month's bulletin and the assessment entries. */
import { createBulletin } from '../modules/bulletins/create-bulletin';
import { publishBulletin } from '../modules/bulletins/publish-bulletin';
import { createEntry } from '../modules/assessment/create-entry';
import { verifyEntry } from '../modules/assessment/verify-entry';
import { demoUnits } from './demo-plan';
import { addMonths, type DemoActors } from './load-demo';

export async function playDemoToday(
  actors: DemoActors,
  input: { plenaryMonth: string; today: string },
  random: () => number,
): Promise<void> {
  const supervisor = actors.ctxOf('demo-supervisor');
  const bulletin = await createBulletin(supervisor, { period: addMonths(input.plenaryMonth, 11) });
  // Issue 16: published, so that every unit finds it in its inbox.
  await publishBulletin(supervisor, bulletin.id);
  const assessmentYear = Number(input.today.slice(0, 4));
  for (const unit of demoUnits) {
    const unitId = actors.unitIdOf(unit.code);
    await createEntry(supervisor, {
      kind: 'satisfaction',
      year: assessmentYear,
      unitId,
      period: String(assessmentYear),
      score: 80 + Math.round(random() * 160) / 10,
      evidence: '群众满意度测评（第三方）',
    });
    await createEntry(supervisor, {
      kind: 'evaluation',
      year: assessmentYear,
      unitId,
      party: 'organisation',
      score: 78 + Math.round(random() * 170) / 10,
      evaluator: '区委组织部',
    });
  }
  const honour = await createEntry(actors.ctxOf('demo-cgjd-clerk'), {
    kind: 'bonus',
    year: assessmentYear,
    unitId: actors.unitIdOf('S01'),
    bonusKind: 'honour',
    level: 'city',
    title: '获评市级文明街道',
    date: input.today,
    evidence: '市文明委表彰文件',
  });
  await verifyEntry(supervisor, honour.id);
}
