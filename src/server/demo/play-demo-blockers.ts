/**
 * The demo's blockers (堵点, issue #14), played through the use cases a click would call on a clock of their own
 * over the last fifty days: the street offices raise them on their projects, owners escalate them early, the
 * contracting leaders and the office take them further; some are resolved and confirmed, one is closed. Today
 * there is an open blocker at every level of the ladder (unit, leader, meeting, committee), each still inside
 * its level's working days, so the reminder run does not move them at once.
 */
import { closeBlocker } from '../modules/blockers/close-blocker';
import { confirmBlocker } from '../modules/blockers/confirm-blocker';
import { createBlocker } from '../modules/blockers/create-blocker';
import { escalateBlocker } from '../modules/blockers/escalate-blocker';
import { resolveBlocker } from '../modules/blockers/resolve-blocker';
import type { TBlockerDetail } from '../modules/blockers/blockers.schemas';
import { listProjects } from '../modules/projects/list-projects';
import { demoUnits } from './demo-plan';
import { DemoClock, shanghaiAt, type DemoActors } from './load-demo';

const clerk = (code: string) => `demo-${demoUnits.find((u) => u.code === code)?.abbr ?? code}-clerk`;
const dayBefore = (today: string, n: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

type Step =
  | { kind: 'escalate'; by: string; reason: string }
  | { kind: 'resolve'; by: string; resolution: string }
  | { kind: 'confirm'; by: string }
  | { kind: 'close'; reason: string };

interface DemoBlocker {
  project: string;
  street: string;
  owner: string;
  kind: string;
  title: string;
  description: string;
  ask: string;
  /** Days before today it is raised, and each later step with its own days before today. */
  raisedDaysAgo: number;
  steps: Array<{ daysAgo: number; step: Step }>;
}

const plans: DemoBlocker[] = [
  {
    project: '智能装备产业园一期',
    street: 'S03',
    owner: 'S03',
    kind: '征迁',
    title: '二期用地 9 户未签订征收协议',
    description: '剩余 9 户对安置方式有异议，二期厂房桩基无法进场。',
    ask: '请区征收办、区自然资源局复核安置方案，协调签约。',
    raisedDaysAgo: 40,
    steps: [
      {
        daysAgo: 33,
        step: { kind: 'escalate', by: clerk('S03'), reason: '街道多次入户协调未果，提请包联领导协调。' },
      },
      {
        daysAgo: 25,
        step: { kind: 'escalate', by: 'demo-leader1', reason: '涉及安置政策调整，提请周六项目例会研究。' },
      },
      {
        daysAgo: 10,
        step: {
          kind: 'escalate',
          by: 'demo-supervisor',
          reason: '例会研究后仍需调整安置政策，提请区委常委会研究。',
        },
      },
    ],
  },
  {
    project: '新能源汽车零部件生产基地',
    street: 'S03',
    owner: 'D04',
    kind: '手续',
    title: '施工许可因消防审查意见未办结',
    description: '消防设计审查提出 6 条意见，设计单位修改后仍未通过复审。',
    ask: '请区住建局组织消防、设计单位现场会商。',
    raisedDaysAgo: 21,
    steps: [
      {
        daysAgo: 14,
        step: { kind: 'escalate', by: clerk('D04'), reason: '需市级消防部门出具意见，超出本局职权。' },
      },
      {
        daysAgo: 4,
        step: { kind: 'escalate', by: 'demo-leader2', reason: '需多部门联合审查，提请周六项目例会。' },
      },
    ],
  },
  {
    project: '城南污水处理厂提标改造',
    street: 'S02',
    owner: 'S02',
    kind: '资金',
    title: '上级专项资金 1200 万元未拨付到位',
    description: '省级水污染防治专项资金已下达指标，区级配套未落实，施工单位垫资困难。',
    ask: '请区财政局明确配套资金拨付时间。',
    raisedDaysAgo: 9,
    steps: [
      { daysAgo: 2, step: { kind: 'escalate', by: clerk('S02'), reason: '资金调度需区领导协调财政。' } },
    ],
  },
  {
    project: '老旧小区改造（第三批）',
    street: 'S01',
    owner: 'S01',
    kind: '配套',
    title: '燃气管网迁改与燃气公司未达成一致',
    description: '3 个小区燃气管网迁改费用分担未谈妥，影响雨污分流施工。',
    ask: '请燃气公司、区住建局明确迁改方案和费用分担。',
    raisedDaysAgo: 2,
    steps: [],
  },
  {
    project: '智能装备产业园一期',
    street: 'S03',
    owner: 'D06',
    kind: '手续',
    title: '环评批复待审批',
    description: '环评报告已受理，尚待技术评估。',
    ask: '请区生态环境分局加快技术评估。',
    raisedDaysAgo: 50,
    steps: [
      {
        daysAgo: 30,
        step: { kind: 'resolve', by: clerk('D06'), resolution: '已组织专家技术评估，环评批复已印发。' },
      },
      { daysAgo: 28, step: { kind: 'confirm', by: clerk('S03') } },
    ],
  },
  {
    project: '第二实验小学新建工程',
    street: 'S04',
    owner: 'S04',
    kind: '政策',
    title: '学校用地规划条件需调整容积率',
    description: '原规划条件容积率不满足办学规模要求。',
    ask: '请区自然资源局调整规划条件。',
    raisedDaysAgo: 35,
    steps: [
      { daysAgo: 30, step: { kind: 'escalate', by: clerk('S04'), reason: '规划条件调整需区领导协调。' } },
      {
        daysAgo: 20,
        step: { kind: 'resolve', by: 'demo-leader3', resolution: '已协调自然资源局完成规划条件调整并公示。' },
      },
      { daysAgo: 19, step: { kind: 'confirm', by: clerk('S04') } },
    ],
  },
  {
    project: '冷链物流园',
    street: 'S04',
    owner: 'S04',
    kind: '其他',
    title: '施工围挡影响周边商户经营',
    description: '商户反映围挡占道。',
    ask: '',
    raisedDaysAgo: 15,
    steps: [
      {
        daysAgo: 14,
        step: { kind: 'close', reason: '属施工管理事项，已转街道城管中队按日常管理处理，不列入堵点。' },
      },
    ],
  },
];

export async function playDemoBlockers(actors: DemoActors, today: string): Promise<{ blockers: number }> {
  const clock = new DemoClock(shanghaiAt(dayBefore(today, 51), 9));
  const as = (username: string) => ({ ...actors.ctxOf(username), clock });
  const office = () => as('demo-supervisor');
  const projects = await listProjects(office(), { page: 1, pageSize: 200 } as Parameters<
    typeof listProjects
  >[1]);
  const idOf = (name: string) => {
    const p = projects.items.find((x) => x.name === name);
    if (!p) throw new Error(`no demo project ${name}`);
    return p.id;
  };
  // Every action of every blocker, in time order (the clock only moves forward).
  const actions: Array<{ daysAgo: number; hour: number; run: () => Promise<void> }> = [];
  const current = new Map<DemoBlocker, TBlockerDetail>();
  plans.forEach((plan, i) => {
    actions.push({
      daysAgo: plan.raisedDaysAgo,
      hour: 9 + (i % 3),
      run: async () => {
        const raisedOn = dayBefore(today, plan.raisedDaysAgo);
        current.set(
          plan,
          await createBlocker(as(clerk(plan.street)), {
            projectId: idOf(plan.project),
            kind: plan.kind,
            title: plan.title,
            description: plan.description,
            ask: plan.ask,
            askedUnitIds: [],
            ownerUnitId: actors.unitIdOf(plan.owner),
            dueDate: dayBefore(raisedOn, -30),
          }),
        );
      },
    });
    for (const { daysAgo, step } of plan.steps)
      actions.push({
        daysAgo,
        hour: 14 + (i % 3),
        run: async () => {
          const b = current.get(plan);
          if (!b) throw new Error(`demo blocker ${plan.title} not raised`);
          const version = b.version;
          const next =
            step.kind === 'escalate'
              ? await escalateBlocker(as(step.by), b.id, { reason: step.reason, version })
              : step.kind === 'resolve'
                ? await resolveBlocker(as(step.by), b.id, { resolution: step.resolution, version })
                : step.kind === 'confirm'
                  ? await confirmBlocker(as(step.by), b.id, { decision: 'confirm', version })
                  : await closeBlocker(office(), b.id, { reason: step.reason, version });
          current.set(plan, next);
        },
      });
  });
  actions.sort((a, b) => b.daysAgo - a.daysAgo || a.hour - b.hour);
  for (const action of actions) {
    clock.moveTo(shanghaiAt(dayBefore(today, action.daysAgo), action.hour));
    await action.run();
  }
  return { blockers: plans.length };
}
