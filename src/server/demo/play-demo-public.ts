/**
 * 公开与社情民意 in the demo's year (issue 17), on the year's own calendar (play-demo-year.ts): in the tenth month
 * the office makes six tasks of the plenary public that residents care about, and their lead units write a
 * public summary (公开摘要) on every monthly report from then on; residents send messages about them, which
 * the office answers and publishes (the phone number taken out), answers privately, turns into a supervision
 * case, or closes as not actionable; two neighbours' copies of one complaint wait, the second marked a likely
 * duplicate. Messages go through the public use case as a resident's form would, with the receipt it answers.
 */
import { redactPersonalData } from '../../domain/public-feedback';
import { answerFeedback } from '../modules/feedback/answer-feedback';
import { closeFeedback } from '../modules/feedback/close-feedback';
import { listFeedback } from '../modules/feedback/list-feedback';
import { openFeedbackCase } from '../modules/feedback/open-feedback-case';
import { submitFeedback } from '../modules/feedback/submit-feedback';
import type { TSubmitFeedbackBody } from '../modules/feedback/feedback.schemas';
import { setDecisionDisclosure } from '../modules/public-disclosure/set-decision-disclosure';
import { addDays } from './demo-days';
import type { DemoActors } from './load-demo';
import type { DemoSchedule } from './play-demo-responsibility';

/** The receipt codes of the demo's messages, one per state the office's review leaves a message in. */
export interface DemoReceipts {
  pending: string;
  duplicate: string;
  case: string;
  published: string;
  answered: string;
  closed: string;
}

export interface DemoPublic {
  tasksPath: string;
  resultsPath: string;
  feedbackPath: string;
  receipts: DemoReceipts;
}

/** What each public task's lead unit writes for the public every month, from its reported progress. */
const summaries: Record<string, (p: number) => string> = {
  老旧小区: (p) =>
    `全区老旧小区改造累计完成年度计划的${p}%，已完工${Math.floor((25 * p) / 100)}个小区；幸福里、建设路等小区完成雨污分流和外立面改造，加装电梯正在征求居民意见。`,
  断头路: (p) =>
    `断头路打通工程累计完成${p}%，已打通${Math.min(6, Math.floor((6 * p) / 100))}条；剩余路段正会同街道做好征迁协调，通车时间确定后将及时公布。`,
  停车泊位: (p) =>
    `已新增公共停车泊位${Math.round((2000 * p) / 100)}个；人民路、文化路两处公共停车场完成主体施工，正在进行消防和交通设施验收。`,
  垃圾分类: (p) =>
    `城区居民小区垃圾分类覆盖率提升至${Math.round((95 * p) / 100)}%；部分老旧小区撤桶并点推进较慢，街道正逐个小区上门宣传、听取居民意见。`,
  幼儿园: (p) =>
    `新建改扩建幼儿园项目累计完成${p}%：5所幼儿园均已完成选址，3所主体结构施工中，计划秋季学期前投入使用，新增学位约2700个。`,
  养老服务中心: (p) =>
    `社区嵌入式养老服务中心建设累计完成${p}%，已落实场地3处，2个中心完成装修招标；进度慢于计划，已制定赶超措施并每周调度。`,
};

/** The tasks made public, by the key that names them in the demo plan. */
export const publicTaskKeys = Object.keys(summaries);

/** Month (from the plenary's) in which the office makes the tasks public. */
const disclosureMonth = 9;

/** The public summary a report of month k carries: only public tasks, only once they are public. */
export function demoPublicSummary(key: string, k: number, progress: number): string | undefined {
  return k >= disclosureMonth ? summaries[key]?.(progress) : undefined;
}

/** Schedules the disclosure and the messages on the year's calendar; the result is read after the year. */
export function scheduleDemoPublic(
  actors: DemoActors,
  schedule: DemoSchedule & { decisionId: string; slug: string; today: string },
): () => DemoPublic {
  const { on, find, slug } = schedule;
  const office = () => actors.ctxOf('demo-supervisor');
  const receipts: Partial<DemoReceipts> = {};
  const send = (state: keyof DemoReceipts, body: TSubmitFeedbackBody) => async () => {
    const sent = await submitFeedback(office(), slug, body);
    if (!sent) throw new Error('the demo district has no public feedback page');
    receipts[state] = sent.receipt;
  };
  const about = (key: string) => find(key).task.code ?? '';
  // The office finds a message in its review queue, as it would on the page.
  const pendingOne = async (text: string) => {
    const found = (await listFeedback(office(), 'pending')).find((f) => f.message === text);
    if (!found) throw new Error(`no demo message “${text.slice(0, 10)}”`);
    return found;
  };

  on(disclosureMonth, 3, () =>
    setDecisionDisclosure(office(), schedule.decisionId, {
      scope: 'chosen',
      taskIds: publicTaskKeys.map((key) => find(key).task.id),
      version: 0,
    }),
  );

  const noise =
    '幸福里小区改造工地晚上十点以后还在施工，电钻声很大，老人孩子都休息不好。希望规定好施工时间。我住3号楼，电话13912345678，可以联系我。';
  on(10, 12, send('published', { subject: 'task', about: about('老旧小区'), message: noise }));
  on(10, 16, async () => {
    const message = await pendingOne(noise);
    await answerFeedback(office(), message.id, {
      version: message.version,
      answer:
        '您反映的问题已转区住房和城乡建设局核实。施工单位已调整作业时间，晚上10点至次日6点不再进行产生噪声的作业，街道城管中队每晚巡查。感谢您的监督。',
      publish: true,
      publicMessage: redactPersonalData(message.message),
    });
  });
  const school = '请问新建的幼儿园今年秋季能招生吗？孩子明年到入园年龄，想提前了解报名的时间和划片范围。';
  on(10, 18, send('answered', { subject: 'task', about: about('幼儿园'), message: school }));
  on(11, 2, async () => {
    const message = await pendingOne(school);
    await answerFeedback(office(), message.id, {
      version: message.version,
      answer:
        '新建幼儿园计划于秋季学期前投入使用，招生简章和划片范围将于6月在区教育局网站公布，届时可按简章网上报名。',
      publish: false,
    });
  });
  const elderly =
    '凤凰街道的社区养老服务中心说好去年年底建成，到现在还是围挡，里面没见人干活。家里老人一直等着去日间照料，请督促有关部门加快进度。';
  on(11, 5, send('case', { subject: 'task', about: about('养老服务中心'), message: elderly }));
  on(11, 9, async () => {
    const message = await pendingOne(elderly);
    await openFeedbackCase(office(), message.id, {
      version: message.version,
      title: '群众反映凤凰街道养老服务中心长期停工',
      level: 'general',
      requirements:
        '请区卫生健康委员会会同凤凰街道核实该中心停工原因，明确复工和建成时间，书面报告办理情况，并答复群众。',
      deadline: addDays(schedule.today, 10),
      unitIds: [actors.unitIdOf('D08'), actors.unitIdOf('S04')],
    });
  });
  const leak = '我家楼上邻居装修把水管弄坏了，我家厨房天花板被泡坏，找物业物业不管，请区里帮忙让邻居赔偿。';
  on(11, 10, send('closed', { subject: 'general', message: leak }));
  on(11, 12, async () => {
    const message = await pendingOne(leak);
    await closeFeedback(office(), message.id, {
      version: message.version,
      reason:
        '您反映的是邻里之间的民事赔偿纠纷，不属于区委区政府督查督办的范围。建议先请社区人民调解委员会调解，或拨打12345政务服务便民热线咨询；调解不成的，可依法向人民法院起诉。',
    });
  });
  // Two neighbours send one complaint: the second, a copy with other punctuation, is marked a likely duplicate.
  const parking =
    '老城区停车太难了，晚上下班回来绕好几圈都找不到车位，只能停在路边被贴罚单。新建的停车场什么时候能用上？';
  on(11, 16, send('pending', { subject: 'task', about: about('停车泊位'), message: parking }));
  on(
    11,
    19,
    send('duplicate', {
      subject: 'task',
      about: about('停车泊位'),
      message: parking.replace('太难了，', '太难了！').replace('只能', '只好'),
    }),
  );

  return () => {
    const { pending, duplicate, case: opened, published, answered, closed } = receipts;
    if (!pending || !duplicate || !opened || !published || !answered || !closed)
      throw new Error('a demo message was not sent');
    return {
      tasksPath: `/public/${slug}/tasks`,
      resultsPath: `/public/${slug}/results`,
      feedbackPath: `/public/${slug}/feedback`,
      receipts: { pending, duplicate, case: opened, published, answered, closed },
    };
  };
}
