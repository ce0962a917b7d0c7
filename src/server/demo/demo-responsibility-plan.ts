/**
 * What the demo shows of responsibility all the way down (issue 15), as data: the sections (科室) of three units
 * with their accounts, the sub-tasks they are given, the exceptions among the cooperating units' monthly shares,
 * the street split of one district target, how each completion request is decided, and the year-end ratings.
 * play-demo-responsibility.ts plays it.
 */
import type { Role } from '../../domain/roles';
import type { CooperationRating } from '../../domain/vocabulary';
import type { DemoAccount } from './demo-plan';

export interface DemoSection {
  /** The unit it belongs to, and its own code and pinyin (its account is demo-<unit abbr>-<abbr>). */
  unitCode: string;
  code: string;
  abbr: string;
  name: string;
  person: string;
}

export const demoSections: DemoSection[] = [
  { unitCode: 'D04', code: 'D04-CJK', abbr: 'cjk', name: '城建科', person: '王磊' },
  { unitCode: 'D04', code: 'D04-WYK', abbr: 'wyk', name: '物业管理科', person: '赵敏' },
  { unitCode: 'S01', code: 'S01-SHSW', abbr: 'shsw', name: '社会事务科', person: '周敏' },
  { unitCode: 'S01', code: 'S01-CGK', abbr: 'cgk', name: '城市管理科', person: '钱峰' },
  { unitCode: 'D08', code: 'D08-LLK', abbr: 'llk', name: '老龄健康科', person: '孙丽' },
];

/** One account per section, a 科员 who updates the section's sub-tasks. */
export function sectionAccounts(
  units: ReadonlyArray<{ code: string; abbr: string; name: string }>,
): DemoAccount[] {
  return demoSections.map((s) => {
    const unit = units.find((u) => u.code === s.unitCode);
    if (!unit) throw new Error(`no demo unit ${s.unitCode}`);
    return {
      username: sectionUsername(s, unit.abbr),
      displayName: s.person,
      roles: ['unit_operator'] as Role[],
      unitCode: s.code,
      label: `科室人员 · ${unit.name}${s.name}`,
    };
  });
}

export function sectionUsername(section: DemoSection, unitAbbr: string): string {
  return `demo-${unitAbbr}-${section.abbr}`;
}

/**
 * A sub-task: the unit (lead or co-unit) that splits the task, the section and/or person (a section's code and
 * whether its person is named), due that many months after the plenary's month, and the progress its section
 * reports at months 3, 6, 9 and 11 (done at 100). One stays open past its due date (逾期).
 */
export interface DemoSubtaskPlan {
  taskKey: string;
  by: string;
  title: string;
  section: string | null;
  /** The section's person is named as the responsible person (a person alone when `section` is null). */
  person: string | null;
  dueAfterMonths: number;
  progress: [number, number, number, number];
}

export const demoSubtaskPlans: DemoSubtaskPlan[] = [
  {
    taskKey: '老旧小区',
    by: 'D04',
    title: '第三批8个小区进场施工',
    section: 'D04-CJK',
    person: 'D04-CJK',
    dueAfterMonths: 10,
    progress: [20, 40, 60, 70],
  },
  {
    taskKey: '老旧小区',
    by: 'D04',
    title: '改造完成小区物业管理全覆盖',
    section: 'D04-WYK',
    person: 'D04-WYK',
    dueAfterMonths: 12,
    progress: [10, 30, 55, 80],
  },
  {
    taskKey: '老旧小区',
    by: 'D04',
    title: '改造方案居民意见征求和公示',
    section: null,
    person: 'D04-CJK',
    dueAfterMonths: 4,
    progress: [80, 100, 100, 100],
  },
  {
    taskKey: '老旧小区',
    by: 'S01',
    title: '城关片区入户动员和签字确认',
    section: 'S01-SHSW',
    person: 'S01-SHSW',
    dueAfterMonths: 9,
    progress: [35, 70, 100, 100],
  },
  {
    taskKey: '背街小巷',
    by: 'S01',
    title: '占道经营集中整治和长效巡查',
    section: 'S01-CGK',
    person: 'S01-CGK',
    dueAfterMonths: 12,
    progress: [25, 50, 70, 85],
  },
  {
    taskKey: '背街小巷',
    by: 'S01',
    title: '精品示范街区打造（5个）',
    section: 'S01-CGK',
    person: null,
    dueAfterMonths: 9,
    progress: [20, 60, 100, 100],
  },
  {
    taskKey: '养老服务中心',
    by: 'D08',
    title: '养老服务中心场地落实和装修',
    section: 'D08-LLK',
    person: 'D08-LLK',
    dueAfterMonths: 14,
    progress: [10, 25, 40, 55],
  },
];

/**
 * The cooperating units give their share every month on the 18th, before the lead unit's report, which takes them
 * in (汇总). The exceptions: one share given after the period closed, one not given, one returned and redone.
 * Months count from the plenary's month (11 = last month).
 */
export const demoShareExceptions = {
  late: { taskKey: '养老服务中心', unit: 'S04', month: 10, givenOn: { k: 11, d: 3 } },
  missing: { taskKey: '便民生活圈', unit: 'S04', month: 11 },
  returned: {
    taskKey: '老旧小区',
    unit: 'S02',
    month: 11,
    reason: '改造小区数量与区住建局台账不一致（少报1个），请核实后重新报送。',
  },
  /** This month's period, today: one co-unit has given its share, the other's is back for a photo. */
  today: { taskKey: '老旧小区', given: 'S01', returned: 'S02', reason: '请补充本月改造现场照片后重新报送。' },
} as const;

/** The shares that carry a site photo: the last month's and this month's, of these tasks and units. */
export const demoSharePhotos: Array<{ taskKey: string; unit: string }> = [
  { taskKey: '老旧小区', unit: 'S01' },
  { taskKey: '停车泊位', unit: 'S01' },
];

/** The district target split across three streets by the office, and what each street reports. */
export const demoTargetSplit = {
  taskKey: '便民生活圈',
  /**
   * Figures by street, and each street's pace against the lead unit's progress when it reports (months 2, 5, 8
   * and 11), so that the streets' sum stays near the district figure the lead unit reports: 高新 ahead, 凤凰 behind.
   */
  shares: [
    { unit: 'S01', targetValue: 4, pace: 1 },
    { unit: 'S03', targetValue: 5, pace: 1.3 },
    { unit: 'S04', targetValue: 3, pace: 0.4 },
  ],
  reportMonths: [2, 5, 8, 11],
} as const;

/**
 * How the office decides each completion request (验收). A task not listed is accepted plainly; `waiting` stays
 * undecided today; `returned` is sent back with what is missing, then asked again with it and accepted.
 */
export const demoAcceptance: Record<
  string,
  { outcome: 'accepted_with_remarks' | 'returned' | 'waiting'; remarks: string }
> = {
  网格化管理: {
    outcome: 'accepted_with_remarks',
    remarks: '同意验收。网格员培训记录不够完整，请在年底前补齐归档。',
  },
  促消费: {
    outcome: 'returned',
    remarks: '缺少社会消费品零售总额增长的统计部门数据，请补充后重新申请验收。',
  },
  排污口: {
    outcome: 'accepted_with_remarks',
    remarks: '同意验收。请滨河街道做好排污口日常巡查，防止反弹。',
  },
  挥发性有机物: { outcome: 'waiting', remarks: '' },
};

/** 配合评价 at the year's end: the lead unit's rating of each co-unit, with its reason. */
export const demoRatings: Array<{
  taskKey: string;
  unit: string;
  rating: CooperationRating;
  reason: string;
}> = [
  { taskKey: '老旧小区', unit: 'S01', rating: 'good', reason: '入户动员扎实，分报按时、数据准确。' },
  { taskKey: '老旧小区', unit: 'S02', rating: 'fair', reason: '分报数据有一次与台账不一致，经退回后更正。' },
  { taskKey: '养老服务中心', unit: 'S04', rating: 'poor', reason: '场地协调进展慢，分报有逾期。' },
  { taskKey: '便民生活圈', unit: 'S03', rating: 'good', reason: '主动对接商户，生活圈建设走在前列。' },
  { taskKey: '便民生活圈', unit: 'S04', rating: 'fair', reason: '配合推进较慢，个别月份未及时分报。' },
];
