/**
 * The demo's year, month by month, through the use cases a user's click would call: the office decomposes and
 * publishes the plenary report, units accept and report every month, heads sign, the office approves;
 * leaders write instructions, cases are opened and answered, an inspection leaves rectifications (one
 * overdue), a unit is interviewed; today the office generates last month's bulletin and enters assessment
 * scores. Each step runs at its own moment on the demo clock.
 */
import { periodEnd } from '../../domain/schedule';
import { createDecision } from '../modules/decisions/create-decision';
import { extractDecision } from '../modules/decisions/extract-decision';
import { publishDecision } from '../modules/decisions/publish-decision';
import { createInstruction } from '../modules/instructions/create-instruction';
import { replyInstruction } from '../modules/instructions/reply-instruction';
import { reviewReport } from '../modules/reports/review-report';
import { signReport } from '../modules/reports/sign-report';
import { submitReport } from '../modules/reports/submit-report';
import { actOnRectification } from '../modules/supervision/act-on-rectification';
import { answerCase } from '../modules/supervision/answer-case';
import { decideCase } from '../modules/supervision/decide-case';
import { openCase } from '../modules/supervision/open-case';
import { recordInspection } from '../modules/supervision/record-inspection';
import { recordMeasure } from '../modules/supervision/record-measure';
import { acceptTask } from '../modules/tasks/accept-task';
import { completeMilestone } from '../modules/tasks/complete-milestone';
import { deleteTask } from '../modules/tasks/delete-task';
import type { TTask } from '../modules/tasks/tasks.schemas';
import { demoTaskPlans, reportedProgress, seededRandom, type DemoTaskPlan } from './demo-plan';
import { addMonths, shanghaiAt, type DemoActors, type DemoClock } from './load-demo';
import { addDays, dayNumber, pendingReviewKeys, unitOf, type Live, type PlayInput } from './demo-days';
import { playDemoToday } from './play-demo-today';
import { assignDemoTask } from './assign-demo-task';
import { scheduleDemoResponsibility } from './play-demo-responsibility';
import { demoPublicSummary, scheduleDemoPublic, type DemoPublic } from './play-demo-public';

export async function playDemoYear(
  actors: DemoActors,
  clock: DemoClock,
  input: PlayInput,
): Promise<DemoPublic> {
  const { plenaryMonth: pm } = input;
  const day = (k: number, d: number) => `${addMonths(pm, k)}-${String(d).padStart(2, '0')}`;
  const at = (k: number, d: number, hour = 10) => clock.moveTo(shanghaiAt(day(k, d), hour));
  const supervisor = () => actors.ctxOf('demo-supervisor');
  const random = seededRandom(20_240_601);

  // 1. The plenary report, decomposed by the extractor, corrected and assigned by the office, published.
  const plenaryDate = day(0, 6);
  const [year, month] = pm.split('-');
  const decision = await createDecision(supervisor(), {
    title: `区委全体会议工作报告（${year}年${Number(month)}月）`,
    kind: 'plenary',
    date: plenaryDate,
    source: 'district_direct',
    text: input.reportText,
  });
  clock.moveTo(shanghaiAt(plenaryDate, 15));
  const drafts = (await extractDecision(supervisor(), decision.id)).tasks;
  const matched = new Map<DemoTaskPlan, TTask>();
  for (const plan of demoTaskPlans) {
    const draft = drafts.find(
      (d) => (d.content ?? d.title).includes(plan.key) && ![...matched.values()].includes(d),
    );
    if (!draft) throw new Error(`the extractor found no task with “${plan.key}” in the demo report`);
    matched.set(plan, draft);
  }
  // The extractor also drafts the report's framing sentences (the review, the closing call): the office deletes them.
  for (const draft of drafts.filter((d) => ![...matched.values()].includes(d)))
    await deleteTask(supervisor(), draft.id, draft.version);
  at(0, 7, 9);
  const live: Live[] = [];
  for (const [plan, draft] of matched) {
    const unit = unitOf(plan.lead);
    const task = await assignDemoTask(actors, supervisor(), plan, draft, {
      pm,
      plenaryDate,
      today: input.today,
    });
    live.push({ plan, task, clerk: `demo-${unit.abbr}-clerk`, head: `demo-${unit.abbr}-head`, progress: 0 });
  }
  at(0, 8);
  const published = await publishDecision(supervisor(), decision.id);
  const byId = new Map(published.tasks.map((t) => [t.id, t]));
  at(0, 10, 9);
  for (const item of live)
    item.task = await acceptTask(actors.ctxOf(item.clerk), (byId.get(item.task.id) ?? item.task).id);
  const find = (key: string) => {
    const item = live.find((l) => l.plan.key === key);
    if (!item) throw new Error(`no demo task ${key}`);
    return item;
  };

  // 2. Things that happen on given days besides the monthly reports, in the order they happen.
  const events: Array<{ k: number; d: number; run: () => Promise<unknown>; done: boolean }> = [];
  const on = (k: number, d: number, run: () => Promise<unknown>) => events.push({ k, d, run, done: false });
  // An event may schedule a later one (a case is answered after it is opened), so pick the earliest each time.
  const runEventsUntil = async (k: number, d: number) => {
    for (;;) {
      const next = events
        .filter((e) => !e.done && (e.k < k || (e.k === k && e.d <= d)))
        .sort((a, b) => a.k - b.k || a.d - b.d)[0];
      if (!next) return;
      next.done = true;
      at(next.k, next.d, 11);
      await next.run();
    }
  };

  // Sections, sub-tasks, target shares, co-units' shares, acceptance and ratings (issue 15).
  const responsibility = scheduleDemoResponsibility(actors, { pm, live, find, on, at });
  // Public tasks with their summaries, and residents' messages (issue 17).
  const publicSide = scheduleDemoPublic(actors, {
    ...{ pm, live, find, on, at },
    ...{ decisionId: decision.id, slug: input.slug, today: input.today },
  });

  const kindergarten = find('幼儿园');
  on(2, 12, async () => {
    const instruction = await createInstruction(actors.ctxOf('demo-leader1'), kindergarten.task.id, {
      text: '请区教育局抓紧完成选址和立项，倒排工期，确保新学期前主体开工。',
    });
    on(2, 14, () =>
      replyInstruction(
        actors.ctxOf(kindergarten.clerk),
        instruction.id,
        '已完成5所幼儿园选址，3所完成立项批复，其余2所本月底前报批，将按节点推进。',
      ),
    );
  });
  const elderly = find('养老服务中心');
  on(5, 8, async () => {
    const opened = await openCase(supervisor(), {
      title: '社区嵌入式养老服务中心建设进度滞后',
      origin: 'warning',
      level: 'general',
      requirements:
        '该任务连续两个月亮红灯。请区卫生健康委员会查找原因，制定赶超措施，于督办期限前书面报告办理情况。',
      deadline: day(5, 25),
      taskIds: [elderly.task.id],
      unitIds: [actors.unitIdOf('D08')],
    });
    on(5, 18, async () => {
      const answered = await answerCase(
        actors.ctxOf(elderly.clerk),
        opened.id,
        '已召开专题推进会，落实3处场地，完成2个中心的装修招标；每周调度一次，确保年内建成5个。',
      );
      on(5, 27, () =>
        decideCase(supervisor(), opened.id, {
          action: 'close',
          comment: '措施具体，予以办结，继续跟踪。',
          version: answered.version,
        }),
      );
    });
  });
  const oldHousing = find('老旧小区');
  const backStreets = find('背街小巷');
  const parking = find('停车泊位');
  on(8, 12, async () => {
    const inspection = await recordInspection(supervisor(), {
      date: day(8, 12),
      team: '区委督查室、区政府督查室联合督查组',
      places: '城关街道老旧小区改造现场、背街小巷整治点位、老城区停车场建设工地',
      summary: '实地查看了城市更新类任务的推进情况，发现问题3个，已交有关单位限期整改。',
      findings: [
        {
          finding: '3个老旧小区未按计划开工，施工组织不力',
          unitId: actors.unitIdOf('D04'),
          deadline: day(9, 28),
          taskId: oldHousing.task.id,
        },
        {
          finding: '已整治的背街小巷部分路段出现占道经营反弹',
          unitId: actors.unitIdOf('S01'),
          deadline: day(9, 15),
          taskId: backStreets.task.id,
        },
        {
          finding: '停车场建设工地围挡不规范，扬尘防治措施不到位',
          unitId: actors.unitIdOf('D05'),
          deadline: periodEnd(addMonths(pm, 12)),
          taskId: parking.task.id,
        },
      ],
    });
    const findingOf = (code: string) =>
      inspection.rectifications.find((r) => r.unitId === actors.unitIdOf(code));
    const [housingFinding, streetFinding, parkingFinding] = [
      findingOf('D04'),
      findingOf('S01'),
      findingOf('D05'),
    ];
    if (!housingFinding || !streetFinding || !parkingFinding)
      throw new Error('the demo inspection lost a finding');
    on(9, 10, async () => {
      const submitted = await actOnRectification(actors.ctxOf(backStreets.clerk), streetFinding.id, {
        action: 'submit',
        measures: '建立“街长制”巡查机制，每日巡查两次，对反复占道的12户商户约谈并签订承诺书。',
        evidence: '巡查台账、整改前后照片',
        version: streetFinding.version,
      });
      on(9, 14, () =>
        actOnRectification(supervisor(), streetFinding.id, {
          action: 'verify',
          comment: '经复查，整改到位，予以销号。',
          version: submitted.version,
        }),
      );
    });
    on(10, 8, () =>
      recordMeasure(supervisor(), {
        kind: 'interview',
        date: day(10, 8),
        unitId: actors.unitIdOf('D04'),
        person: `${unitOf('D04').head}（区住房和城乡建设局局长）`,
        reason: '老旧小区改造任务持续亮红灯，督查发现的问题逾期未整改。',
        taskId: oldHousing.task.id,
        rectificationId: housingFinding.id,
      }),
    );
    on(11, 18, () =>
      actOnRectification(actors.ctxOf(parking.clerk), parkingFinding.id, {
        action: 'submit',
        measures: '工地围挡全部更换为标准化围挡，增设雾炮2台，裸土全部覆盖。',
        evidence: '现场照片、监理单位复核意见',
        version: parkingFinding.version,
      }),
    );
  });
  const deadEnds = find('断头路');
  on(9, 12, async () => {
    const instruction = await createInstruction(actors.ctxOf('demo-leader3'), deadEnds.task.id, {
      text: '断头路打通关系群众出行，请区交通运输局倒排工期，协调解决征迁难题，下月底前报送专项推进方案。',
    });
    on(9, 16, () =>
      replyInstruction(
        actors.ctxOf(deadEnds.clerk),
        instruction.id,
        '已成立工作专班，4条道路完成征迁，剩余2条正与街道协调，专项方案将于月底前报送。',
      ),
    );
  });
  on(11, 5, async () => {
    const opened = await openCase(supervisor(), {
      title: '老旧小区改造任务滞后且整改逾期',
      origin: 'inspection',
      level: 'key',
      requirements: '请区住房和城乡建设局对照督查反馈的问题逐项整改，明确完工时间，书面报告整改结果。',
      deadline: day(11, 25),
      taskIds: [oldHousing.task.id],
      unitIds: [actors.unitIdOf('D04')],
    });
    on(11, 15, () =>
      answerCase(
        actors.ctxOf(oldHousing.clerk),
        opened.id,
        '已对3个未开工小区重新组织招标，其中2个已进场施工，剩余1个因居民意见不统一正在做工作，预计下月开工。',
      ),
    );
  });
  // Left unanswered on a task of his own portfolio, so the 区长's workbench (the first leader account a newcomer
  // tries) shows one waiting.
  on(11, 8, () =>
    createInstruction(actors.ctxOf('demo-leader1'), elderly.task.id, {
      text: '养老服务中心建设仍然滞后，请区卫生健康委员会会同凤凰街道拿出赶超措施，每月向我报告一次进展。',
    }),
  );
  on(11, 27, () =>
    openCase(supervisor(), {
      title: '断头路打通任务逾期未完成',
      origin: 'warning',
      level: 'listed',
      requirements:
        '该任务已超过完成时限，列为挂牌督办。请区交通运输局说明逾期原因，提出完成时间和保障措施。',
      deadline: addDays(input.today, 10),
      taskIds: [deadEnds.task.id],
      unitIds: [actors.unitIdOf('D05')],
    }),
  );

  // 3. Twelve months of reports: submitted on the 20th, signed on the 21st, reviewed on the 22nd.
  for (let k = 0; k < 12; k++) {
    if (process.env.LUOSHI_DEMO_TRACE) process.stderr.write(`month ${k} ${new Date().toISOString()}\n`);
    const period = addMonths(pm, k);
    await runEventsUntil(k, 15);
    at(k, 15, 16);
    for (const item of live) {
      for (const m of item.task.milestones) {
        if (!m.completedAt && m.dueDate <= day(k, 28) && item.task.status === 'in_progress')
          item.task = await completeMilestone(actors.ctxOf(item.clerk), m.id);
      }
    }
    await runEventsUntil(k, 19);
    at(k, 20, 9);
    const submitted: Array<{ item: Live; reportId: string }> = [];
    for (const item of live) {
      if (item.task.status !== 'in_progress') continue;
      if (item.plan.pace === 'silent' && k === 11) continue;
      const start = dayNumber(item.task.startDate ?? plenaryDate);
      const due = dayNumber(item.task.dueDate ?? plenaryDate);
      const elapsed = Math.min(100, ((dayNumber(day(k, 20)) - start) * 100) / Math.max(1, due - start));
      const finishing = item.plan.pace === 'done' && k >= item.plan.dueAfterMonths;
      item.progress = finishing ? 100 : Math.max(item.progress, reportedProgress(item.plan.pace, elapsed));
      const unit = unitOf(item.plan.lead);
      const lagging =
        item.plan.pace === 'lagging' || item.plan.pace === 'overdue' || item.plan.pace === 'behind';
      const report = await submitReport(actors.ctxOf(item.clerk), item.task.id, {
        period,
        progress: item.progress,
        narrative: `${unit.name}本月持续推进“${item.task.title}”，累计完成任务量的${item.progress}%。`,
        problems: lagging
          ? [
              '项目前期手续办理周期长，资金拨付不及时。',
              '征迁协调难度大，施工进度受到影响。',
              '部分配合单位衔接不够紧密。',
            ][Math.floor(random() * 3)]
          : null,
        nextSteps:
          item.progress >= 100
            ? '做好收尾和资料归档，申请办结。'
            : '下月继续倒排工期，加强调度，确保按节点推进。',
        // Amounts grow with the progress; a ceiling (失业率5.5%以内) is reported held just under it.
        indicatorValues: item.task.targets
          .filter((t) => t.targetValue !== null && !t.placeholder)
          .map((t) => ({
            targetId: t.id,
            value:
              t.comparator === '<='
                ? Math.round((t.targetValue as number) * 9.5) / 10
                : Math.round(((t.targetValue as number) * item.progress) / 10) / 10,
          })),
        // The co-units' shares of the period, taken into the report (汇总).
        shareIds: responsibility.shareIdsFor(item.task.id, period),
        publicSummary: demoPublicSummary(item.plan.key, k, item.progress) ?? null,
      });
      submitted.push({ item, reportId: report.id });
    }
    at(k, 21, 15);
    const signed = [];
    for (const s of submitted) {
      if (k === 11 && pendingReviewKeys.has(s.item.plan.key)) continue;
      // Heads' sign-off is optional by default (reports.requireUnitHeadSignOff); the demo shows it for the last quarter only.
      if (k >= 9) await signReport(actors.ctxOf(s.item.head), s.reportId);
      signed.push(s);
    }
    at(k, 22, 10);
    for (const s of signed) {
      // One report in the spring is sent back once, so the ledger shows a return and a correction.
      if (k === 3 && s.item.plan.key === '安全生产') {
        await reviewReport(supervisor(), s.reportId, {
          decision: 'return',
          comment: '隐患整改数量与上月台账不一致，请核实后重新报送。',
        });
        at(k, 23, 10);
        await submitReport(actors.ctxOf(s.item.clerk), s.item.task.id, {
          period,
          progress: s.item.progress,
          narrative: `已核实隐患整改台账，累计完成任务量的${s.item.progress}%。`,
        });
        at(k, 23, 16);
      }
      await reviewReport(supervisor(), s.reportId, { decision: 'approve' });
    }
    // A task reported at 100 % asks for acceptance with its evidence (验收); the office decides.
    const finished = live.filter((l) => l.task.status === 'in_progress' && l.progress >= 100);
    if (finished.length > 0) await responsibility.complete(finished, k);
    await runEventsUntil(k, 31);
  }

  // 4. Today: last month's bulletin, and the assessment entries that make the ranking meaningful.
  clock.moveTo(input.now);
  await responsibility.today();
  await playDemoToday(actors, input, random);
  return publicSide();
}
