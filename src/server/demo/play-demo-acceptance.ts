/**
 * 验收 in the demo's year (issue 15): a task reported at 100 % asks for acceptance on the 25th with its evidence
 * (a completion report in Word and a site photo); on the 26th the office accepts it, accepts it with remarks, or
 * returns it with what is missing — then the unit adds the missing file and asks again, and the office accepts.
 * One request is left waiting, so the office's acceptance workbench has work today.
 */
import { decideAcceptance } from '../modules/acceptance/decide-acceptance';
import { createRequest } from '../modules/requests/create-request';
import type { TTaskRequest } from '../modules/requests/requests.schemas';
import { demoAcceptance } from './demo-responsibility-plan';
import { unitOf, type Live } from './demo-days';
import { uploadDemoDocument, uploadDemoPhoto } from './demo-evidence';
import type { DemoActors } from './load-demo';
import type { DemoSchedule } from './play-demo-responsibility';

const isoDay = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

export async function completeDemoTasks(
  actors: DemoActors,
  s: DemoSchedule,
  finished: Live[],
  k: number,
): Promise<void> {
  const office = () => actors.ctxOf('demo-supervisor');
  const ask = async (item: Live, evidence: string[]) =>
    createRequest(actors.ctxOf(item.clerk), item.task.id, {
      kind: 'completion',
      summary: `${item.task.title}：各项指标全部完成，佐证材料已上传。`,
      attachmentIds: evidence,
    });

  s.at(k, 25, 10);
  const requests: Array<{ item: Live; request: TTaskRequest }> = [];
  for (const item of finished) {
    const clerk = actors.ctxOf(item.clerk);
    const unitName = unitOf(item.plan.lead).name;
    const report = await uploadDemoDocument(clerk, {
      fileName: `${item.plan.key}任务完成情况报告.docx`,
      title: `关于“${item.plan.key}”任务完成情况的报告`,
      paragraphs: [
        `区委督查室：`,
        `按照区委全会工作部署，我单位牵头的“${item.task.title}”任务已全部完成，各项指标均达到或超过年度目标。`,
        '任务推进过程中，我单位建立周调度、月通报机制，逐项销号管理，相关台账、照片和验收资料已整理归档。',
        '特申请验收。',
      ],
      unitName,
      date: isoDay(clerk.clock.now()),
    });
    const photo = await uploadDemoPhoto(clerk, item.plan.key, k);
    requests.push({ item, request: await ask(item, [report, photo]) });
  }

  s.at(k, 26, 10);
  const again: Live[] = [];
  for (const { item, request } of requests) {
    const plan = demoAcceptance[item.plan.key];
    if (plan?.outcome === 'waiting') {
      item.task = { ...item.task, status: 'completion_requested' };
      continue;
    }
    await decideAcceptance(office(), item.task.id, {
      outcome: plan?.outcome ?? 'accepted',
      remarks: plan?.remarks ?? '',
      version: request.version,
    });
    if (plan?.outcome === 'returned') again.push(item);
    else item.task = { ...item.task, status: 'completed' };
  }
  if (again.length === 0) return;

  // The returned ones: the missing file the same afternoon, asked again, accepted.
  s.at(k, 26, 15);
  const asked: Array<{ item: Live; request: TTaskRequest }> = [];
  for (const item of again) {
    const clerk = actors.ctxOf(item.clerk);
    const missing = await uploadDemoDocument(clerk, {
      fileName: `${item.plan.key}统计数据说明.docx`,
      title: `关于“${item.plan.key}”任务统计数据的说明`,
      paragraphs: [
        '经与区统计局核对，本年度各项统计数据已确认，数据来源为统计部门月度快报。',
        '附：统计部门出具的数据确认单。',
      ],
      unitName: unitOf(item.plan.lead).name,
      date: isoDay(clerk.clock.now()),
    });
    asked.push({ item, request: await ask(item, [missing]) });
  }
  s.at(k, 26, 17);
  for (const { item, request } of asked) {
    await decideAcceptance(office(), item.task.id, {
      outcome: 'accepted',
      remarks: '补充材料齐全，同意验收。',
      version: request.version,
    });
    item.task = { ...item.task, status: 'completed' };
  }
}
