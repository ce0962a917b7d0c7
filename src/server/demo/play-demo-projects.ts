/**
 * The demo's key projects, played through the use cases a click would call, on a clock of their own that
 * runs through the plan year (the year of last month): the office registers each project with its monthly
 * plan, plans its nodes and baselines them; one node is re-planned later (the baseline stays visible); every
 * month the street office's clerk reports the completed investment, the nodes reached and, some months, a
 * site photo; the office approves — or returns once and approves the correction. Last month's reports still
 * await review. Then the office makes the chosen projects public.
 */
import { formatWan } from '../../domain/money';
import { baselineProject } from '../modules/projects/baseline-project';
import { correctProjectReport } from '../modules/projects/correct-project-report';
import { createProject } from '../modules/projects/create-project';
import { listProjectNodes } from '../modules/projects/list-project-nodes';
import { replaceProjectNodes } from '../modules/projects/replace-project-nodes';
import { replanProjectNode } from '../modules/projects/replan-project-node';
import { reviewProjectReport } from '../modules/projects/review-project-report';
import { submitProjectReport } from '../modules/projects/submit-project-report';
import { updateBoardSettings } from '../modules/projects/update-board-settings';
import { uploadProjectPhoto } from '../modules/projects/upload-project-photo';
import type { TProjectNode } from '../modules/projects/projects.schemas';
import { demoSitePhoto } from './demo-photo';
import { demoProjectPlans, type DemoNodePlan, type DemoProjectPlan } from './demo-projects-plan';
import { demoUnits } from './demo-plan';
import { DemoClock, shanghaiAt, type DemoActors } from './load-demo';

const pad = (n: number) => String(n).padStart(2, '0');

/** A [month, day] of the year as a date, the day kept inside the month. */
function dayOf(year: number, [month, day]: [number, number]): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(day, last))}`;
}

function clerkOf(streetCode: string): string {
  const unit = demoUnits.find((u) => u.code === streetCode);
  if (!unit) throw new Error(`no demo street ${streetCode}`);
  return `demo-${unit.abbr}-clerk`;
}

/** The month's amount in cents: the plan times the pace, a little up and down so that months differ. */
function reported(planCents: number, plan: DemoProjectPlan, month: number): number {
  const wobble = [0, 0.04, -0.03, 0.02, -0.02, 0.03][month % 6] ?? 0;
  return Math.max(0, Math.round(planCents * (plan.pace + wobble)));
}

export interface DemoProjectsResult {
  projects: number;
  reports: number;
  publicProjects: number;
}

export async function playDemoProjects(actors: DemoActors, today: string): Promise<DemoProjectsResult> {
  const lastMonth = new Date(`${today}T00:00:00Z`);
  lastMonth.setUTCDate(0);
  const year = lastMonth.getUTCFullYear();
  const clock = new DemoClock(shanghaiAt(`${year}-01-04`, 9));
  const as = (username: string) => ({ ...actors.ctxOf(username), clock });
  const office = () => as('demo-supervisor');
  const at = (date: string, hour: number) => clock.moveTo(shanghaiAt(date, hour));

  // 1. Registered, planned and baselined in the first days of January.
  const live: Array<{ plan: DemoProjectPlan; id: string; nodes: TProjectNode[] }> = [];
  for (const plan of demoProjectPlans) {
    const monthCents = Math.floor((plan.annualPlan * 100) / 12);
    const project = await createProject(office(), {
      name: plan.name,
      type: plan.type,
      source: plan.source,
      stage: plan.stage,
      ...(plan.stageReason ? { stageReason: plan.stageReason } : {}),
      year,
      address: plan.address,
      ownerEnterprise: plan.ownerEnterprise,
      totalInvestment: formatWan(plan.totalInvestment * 100),
      annualPlan: formatWan(plan.annualPlan * 100),
      carryOver: formatWan(plan.carryOver * 100),
      plannedStart: dayOf(year, plan.nodes[0]?.start ?? [1, 1]),
      plannedEnd: `${year + 1}-06-30`,
      leaderIds: [actors.userIdOf(plan.leader)],
      units: [
        { unitId: actors.unitIdOf(plan.streetCode), role: 'street' },
        { unitId: actors.unitIdOf(plan.guideCode), role: 'guide' },
      ],
      // Equal months, December taking the odd cents, so that the months add up to the annual plan exactly.
      monthlyPlan: Array.from({ length: 12 }, (_, i) => ({
        month: i + 1,
        amount: formatWan(i === 11 ? plan.annualPlan * 100 - monthCents * 11 : monthCents),
      })),
    });
    const { items } = await replaceProjectNodes(office(), project.id, {
      version: project.version,
      nodes: plan.nodes.map((n: DemoNodePlan, sort) => ({
        name: n.name,
        kind: n.kind,
        unitId: actors.unitIdOf(plan.streetCode),
        plannedStart: dayOf(year, n.start),
        plannedEnd: dayOf(year, n.end),
        dependsOn: [],
        sort,
      })),
    });
    await baselineProject(office(), project.id, {});
    live.push({ plan, id: project.id, nodes: items });
  }

  // 2. Month by month: reports on the 3rd of the next month, reviews on the 4th, corrections on the 5th.
  let reports = 0;
  for (let month = 1; month <= 12; month++) {
    const next = month === 12 ? `${year + 1}-01` : `${year}-${pad(month + 1)}`;
    if (`${next}-06` > today) break;
    const isLast = next === today.slice(0, 7);
    at(`${next}-03`, 10);
    const submitted: Array<{ entry: (typeof live)[number]; reportId: string }> = [];
    for (const entry of live) {
      const { plan, id, nodes } = entry;
      if (plan.stage === 'planning' && month < 9) continue;
      const monthEnd = dayOf(year, [month, 31]);
      const nodeUpdates = nodes
        .filter((n, i) => n.plannedStart <= monthEnd && !plan.nodes[i]?.lags && n.actualEnd === null)
        .map((n) => ({
          nodeId: n.id,
          actualStart: n.actualStart ?? n.plannedStart,
          actualEnd: n.plannedEnd <= monthEnd ? n.plannedEnd : null,
        }));
      const lagging = nodes.filter(
        (n, i) => plan.nodes[i]?.lags && n.plannedStart <= monthEnd && n.actualStart === null,
      );
      for (const n of lagging)
        nodeUpdates.push({ nodeId: n.id, actualStart: n.plannedStart, actualEnd: null });
      const photoIds = plan.photoMonths.includes(month)
        ? [
            (
              await uploadProjectPhoto(as(clerkOf(plan.streetCode)), id, async () => ({
                ...demoSitePhoto(plan.name, month),
                fields: {},
              }))
            ).id,
          ]
        : [];
      const report = await submitProjectReport(as(clerkOf(plan.streetCode)), id, {
        year,
        month,
        amount: formatWan(reported(Math.floor((plan.annualPlan * 100) / 12), plan, month)),
        imageProgress: `${month}月：${nodeUpdates.length ? '按计划推进' : '前期工作推进中'}${lagging.length ? `，${lagging.map((n) => n.name).join('、')}办理滞后` : ''}。`,
        nodeUpdates,
        photoIds,
      });
      reports += 1;
      submitted.push({ entry, reportId: report.id });
      for (const u of nodeUpdates) {
        const node = nodes.find((n) => n.id === u.nodeId);
        if (node) Object.assign(node, { actualStart: u.actualStart, actualEnd: u.actualEnd });
      }
    }
    if (isLast) continue; // last month's reports await the office
    at(`${next}-04`, 15);
    for (const { entry, reportId } of submitted) {
      if (entry.plan.returnedMonth === month) {
        const returned = await reviewProjectReport(office(), entry.id, reportId, 'return', {
          comment: '完成投资与形象进度不符，请补充现场照片和支付凭证后重新报送。',
        });
        at(`${next}-05`, 10);
        await correctProjectReport(as(clerkOf(entry.plan.streetCode)), entry.id, reportId, {
          version: returned.version,
          imageProgress: `${returned.imageProgress}（已补充说明：按合同节点支付进度款。）`,
        });
        at(`${next}-05`, 16);
      }
      await reviewProjectReport(office(), entry.id, reportId, 'approve', {});
    }
  }

  // 3. A re-plan after the baseline: the second project's last node moves a month later.
  const moved = live[1];
  // Read afresh: approving a report that dates a node moves the node's version.
  const lastNode = moved && (await listProjectNodes(office(), moved.id)).items.at(-1);
  if (moved && lastNode) {
    at(today, 0);
    const end = new Date(`${lastNode.plannedEnd}T00:00:00Z`);
    end.setUTCMonth(end.getUTCMonth() + 1);
    await replanProjectNode(office(), moved.id, lastNode.id, {
      version: lastNode.version,
      plannedStart: lastNode.plannedStart,
      plannedEnd: end.toISOString().slice(0, 10),
    });
  }
  const publicIds = live.filter((p) => p.plan.isPublic).map((p) => p.id);
  await updateBoardSettings(office(), {
    publicFields: [
      'name',
      'type',
      'stage',
      'street',
      'leaders',
      'plannedStart',
      'plannedEnd',
      'progressPct',
      'light',
      'nodes',
    ],
    projectIds: publicIds,
  });
  return { projects: live.length, reports, publicProjects: publicIds.length };
}
