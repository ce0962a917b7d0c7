/**
 * What the demo district holds: its units, its accounts, and for every task of the demo plenary report how
 * the year went (who leads it, when it is due, how its lead unit kept pace). Data only; load-demo.ts plays it.
 */
import type { Role } from '../../domain/roles';

export interface DemoUnit {
  code: string;
  /** Short pinyin used in the unit's usernames: demo-fgw-head, demo-fgw-clerk. */
  abbr: string;
  name: string;
  kind: 'department' | 'street';
  head: string;
  clerk: string;
}

export const demoUnits: DemoUnit[] = [
  {
    code: 'D01',
    abbr: 'fgw',
    name: '区发展和改革委员会',
    kind: 'department',
    head: '周振华',
    clerk: '陈思远',
  },
  { code: 'D02', abbr: 'jyj', name: '区教育局', kind: 'department', head: '吴玉兰', clerk: '郑佳怡' },
  { code: 'D03', abbr: 'gxj', name: '区工业和信息化局', kind: 'department', head: '孙国栋', clerk: '马晓东' },
  {
    code: 'D04',
    abbr: 'zjj',
    name: '区住房和城乡建设局',
    kind: 'department',
    head: '胡建军',
    clerk: '林晓燕',
  },
  { code: 'D05', abbr: 'jtj', name: '区交通运输局', kind: 'department', head: '何志强', clerk: '高文博' },
  { code: 'D06', abbr: 'sthj', name: '区生态环境分局', kind: 'department', head: '罗海涛', clerk: '梁雨婷' },
  { code: 'D07', abbr: 'swj', name: '区商务局', kind: 'department', head: '宋丽华', clerk: '唐子涵' },
  { code: 'D08', abbr: 'wjw', name: '区卫生健康委员会', kind: 'department', head: '许明德', clerk: '韩雪' },
  { code: 'S01', abbr: 'cgjd', name: '城关街道', kind: 'street', head: '冯大伟', clerk: '邓婷婷' },
  { code: 'S02', abbr: 'bhjd', name: '滨河街道', kind: 'street', head: '曹永康', clerk: '彭静' },
  { code: 'S03', abbr: 'gxjd', name: '高新街道', kind: 'street', head: '曾凡宇', clerk: '谢晨阳' },
  { code: 'S04', abbr: 'fhjd', name: '凤凰街道', kind: 'street', head: '蒋秀英', clerk: '董浩然' },
];

export interface DemoAccount {
  username: string;
  displayName: string;
  roles: Role[];
  /** Unit code for unit heads and clerks. */
  unitCode?: string;
  /** What the account shows a newcomer (printed in the table). */
  label: string;
}

/** The district-level accounts; the unit accounts follow from demoUnits. */
export const districtAccounts: DemoAccount[] = [
  { username: 'demo-admin', displayName: '系统管理员', roles: ['admin'], label: '系统管理员' },
  { username: 'demo-auditor', displayName: '审计管理员', roles: ['auditor'], label: '审计管理员' },
  { username: 'demo-security', displayName: '安全管理员', roles: ['security_officer'], label: '安全管理员' },
  { username: 'demo-supervisor', displayName: '刘明（督查室）', roles: ['supervisor'], label: '督查室' },
  { username: 'demo-leader1', displayName: '王建国（区长）', roles: ['leader'], label: '区领导（区长）' },
  {
    username: 'demo-leader2',
    displayName: '李晓梅（常务副区长）',
    roles: ['leader'],
    label: '区领导（常务副区长）',
  },
  { username: 'demo-leader3', displayName: '张立新（副区长）', roles: ['leader'], label: '区领导（副区长）' },
];

export function unitAccounts(): DemoAccount[] {
  return demoUnits.flatMap((u) => [
    // The unit shows beside the name everywhere, so the name is the person's alone.
    {
      username: `demo-${u.abbr}-head`,
      displayName: u.head,
      roles: ['unit_head'] as Role[],
      unitCode: u.code,
      label: `单位负责人 · ${u.name}`,
    },
    {
      username: `demo-${u.abbr}-clerk`,
      displayName: u.clerk,
      roles: ['unit_operator'] as Role[],
      unitCode: u.code,
      label: `单位联络员 · ${u.name}`,
    },
  ]);
}

/**
 * How a task's lead unit kept pace, which decides its light today:
 * ontrack (green), done (completed on time), behind (yellow: 10–30 points behind), lagging (red: ≥ 30 behind),
 * overdue (red: past its due date), halfway (yellow: time past half, progress under half),
 * silent (yellow: last month's report missing).
 */
export type Pace = 'ontrack' | 'done' | 'behind' | 'lagging' | 'overdue' | 'halfway' | 'silent';

export interface DemoTaskPlan {
  /** Words of the task's text that find its draft among the extractor's. */
  key: string;
  lead: string;
  co?: string[];
  /** demo-leader1..3 */
  leader: 1 | 2 | 3;
  /** Due at the end of the month this many months after the plenary's month. */
  dueAfterMonths: number;
  /** Instead: due this many days before today, so that it turned red this week (新增红灯). */
  dueDaysBeforeToday?: number;
  pace: Pace;
  isKey?: boolean;
  milestones?: Array<{ title: string; afterMonths: number }>;
}

export const demoTaskPlans: DemoTaskPlan[] = [
  {
    key: '重大项目攻坚',
    lead: 'D01',
    co: ['D07'],
    leader: 2,
    dueAfterMonths: 13,
    pace: 'ontrack',
    isKey: true,
    milestones: [
      { title: '完成项目策划和签约计划', afterMonths: 2 },
      { title: '签约项目过半', afterMonths: 7 },
    ],
  },
  { key: '智改数转', lead: 'D03', leader: 2, dueAfterMonths: 17, pace: 'behind' },
  { key: '高新技术企业', lead: 'D03', co: ['S03'], leader: 2, dueAfterMonths: 13, pace: 'ontrack' },
  { key: '促消费', lead: 'D07', leader: 2, dueAfterMonths: 8, pace: 'done' },
  { key: '营商环境', lead: 'D01', leader: 2, dueAfterMonths: 6, pace: 'done' },
  {
    key: '老旧小区',
    lead: 'D04',
    co: ['S01', 'S02'],
    leader: 3,
    dueAfterMonths: 13,
    pace: 'lagging',
    isKey: true,
  },
  { key: '断头路', lead: 'D05', leader: 3, dueAfterMonths: 10, pace: 'overdue', isKey: true },
  { key: '停车泊位', lead: 'D05', co: ['S01'], leader: 3, dueAfterMonths: 17, pace: 'ontrack' },
  { key: '背街小巷', lead: 'S01', leader: 3, dueAfterMonths: 13, pace: 'silent' },
  { key: '生态廊道', lead: 'S02', co: ['D04'], leader: 3, dueAfterMonths: 20, pace: 'halfway' },
  { key: 'PM2.5', lead: 'D06', leader: 3, dueAfterMonths: 13, pace: 'ontrack' },
  { key: '排污口', lead: 'D06', co: ['S02'], leader: 3, dueAfterMonths: 9, pace: 'done' },
  { key: '垃圾分类', lead: 'S04', leader: 3, dueAfterMonths: 13, pace: 'behind' },
  { key: '挥发性有机物', lead: 'S03', co: ['D06'], leader: 3, dueAfterMonths: 11, pace: 'done' },
  {
    key: '幼儿园',
    lead: 'D02',
    leader: 1,
    dueAfterMonths: 20,
    pace: 'ontrack',
    isKey: true,
    milestones: [
      { title: '完成选址和立项', afterMonths: 3 },
      { title: '主体结构封顶', afterMonths: 10 },
    ],
  },
  { key: '集团化办学', lead: 'D02', leader: 1, dueAfterMonths: 13, pace: 'ontrack' },
  { key: '养老服务中心', lead: 'D08', co: ['S04'], leader: 1, dueAfterMonths: 17, pace: 'lagging' },
  { key: '医联体', lead: 'D08', leader: 1, dueAfterMonths: 13, pace: 'ontrack' },
  { key: '新增就业', lead: 'D01', leader: 2, dueAfterMonths: 13, pace: 'ontrack' },
  { key: '便民生活圈', lead: 'D07', co: ['S03', 'S04'], leader: 2, dueAfterMonths: 17, pace: 'behind' },
  { key: '网格化管理', lead: 'S04', leader: 1, dueAfterMonths: 7, pace: 'done' },
  { key: '文明实践站', lead: 'S02', leader: 1, dueAfterMonths: 13, pace: 'ontrack' },
  { key: '吹哨', lead: 'S03', leader: 1, dueAfterMonths: 11, dueDaysBeforeToday: 4, pace: 'overdue' },
  { key: '安全生产', lead: 'D04', co: ['S01'], leader: 3, dueAfterMonths: 13, pace: 'ontrack' },
];

/** The office's category of each demo task (分类), so the cockpit and the analysis by category show something. */
export const demoCategories: Record<string, string> = {
  重大项目攻坚: '经济发展',
  智改数转: '经济发展',
  高新技术企业: '经济发展',
  促消费: '经济发展',
  营商环境: '经济发展',
  新增就业: '经济发展',
  老旧小区: '城市建设',
  断头路: '城市建设',
  停车泊位: '城市建设',
  背街小巷: '城市建设',
  生态廊道: '生态环保',
  'PM2.5': '生态环保',
  排污口: '生态环保',
  垃圾分类: '生态环保',
  挥发性有机物: '生态环保',
  幼儿园: '社会民生',
  集团化办学: '社会民生',
  养老服务中心: '社会民生',
  医联体: '社会民生',
  便民生活圈: '社会民生',
  网格化管理: '基层治理',
  文明实践站: '基层治理',
  吹哨: '基层治理',
  安全生产: '基层治理',
};

/**
 * Progress (points) the lead unit reports when `elapsed` points of the task's time have passed. Lights compare
 * today's elapsed time with the last approved report, a month old, so the gaps here leave room for that month.
 */
export function reportedProgress(pace: Pace, elapsed: number): number {
  const value = (() => {
    switch (pace) {
      case 'done':
        return elapsed * 1.05 + 3;
      case 'behind':
        return elapsed - 8;
      case 'lagging':
        return elapsed - 27;
      case 'overdue':
        return Math.min(84, elapsed * 0.9);
      case 'halfway':
        return Math.min(48, elapsed - 4);
      default:
        return elapsed + 4;
    }
  })();
  return Math.max(0, Math.min(100, Math.round(value)));
}

/** mulberry32: a small seeded generator, so the same day gives the same demo. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
