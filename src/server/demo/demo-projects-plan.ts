/**
 * The demo district's key projects (重点项目): a dozen of several types and stages, each with its street office,
 * guiding department, contracting leader, an annual plan split by month, a node plan (前期手续 and 建设节点,
 * months of the plan year), how its street office keeps pace, which nodes lag, which month's report the office
 * returns once, and whether the office makes it public. Data only; play-demo-projects.ts plays it.
 */
import type { ProjectSource, ProjectStage } from '../../domain/vocabulary';

export interface DemoNodePlan {
  name: string;
  kind: 'procedure' | 'construction';
  /** Planned start and end as [month, day] of the plan year. */
  start: [number, number];
  end: [number, number];
  /** Never finished: past its end it is late (red on the Gantt). */
  lags?: boolean;
}

export interface DemoProjectPlan {
  name: string;
  type: string;
  source: ProjectSource;
  stage: ProjectStage;
  stageReason?: string;
  streetCode: string;
  guideCode: string;
  leader: string;
  totalInvestment: number;
  annualPlan: number;
  carryOver: number;
  address: string;
  ownerEnterprise: string;
  /** Share of each month's plan the reports bring in (1 = on plan); the lights follow from it. */
  pace: number;
  nodes: DemoNodePlan[];
  /** The month whose report the office returns once (corrected and approved two days later). */
  returnedMonth?: number;
  /** Months whose report carries a site photo. */
  photoMonths: number[];
  isPublic: boolean;
}

const procedures = (from: number, lags = false): DemoNodePlan[] => [
  { name: '立项批复', kind: 'procedure', start: [from, 1], end: [from, 25] },
  { name: '用地预审', kind: 'procedure', start: [from, 10], end: [from + 1, 20] },
  { name: '规划许可', kind: 'procedure', start: [from + 1, 1], end: [from + 2, 15] },
  { name: '环评批复', kind: 'procedure', start: [from + 1, 15], end: [from + 2, 28], lags },
  { name: '施工许可', kind: 'procedure', start: [from + 2, 15], end: [from + 3, 20] },
];

const building = (from: number, lagging: 'none' | 'main' | 'base' = 'none'): DemoNodePlan[] => [
  { name: '基础施工', kind: 'construction', start: [from, 1], end: [from + 2, 28], lags: lagging === 'base' },
  {
    name: '主体施工',
    kind: 'construction',
    start: [from + 3, 1],
    end: [from + 6, 30],
    lags: lagging === 'main',
  },
  { name: '竣工验收', kind: 'construction', start: [from + 7, 1], end: [Math.min(12, from + 8), 28] },
];

export const demoProjectPlans: DemoProjectPlan[] = [
  {
    name: '智能装备产业园一期',
    type: '工业',
    source: 'investment_signed',
    stage: 'construction',
    streetCode: 'S03',
    guideCode: 'D03',
    leader: 'demo-leader1',
    totalInvestment: 86000,
    annualPlan: 24000,
    carryOver: 3200,
    address: '高新街道科创大道18号',
    ownerEnterprise: '示范智能装备有限公司',
    pace: 1.02,
    nodes: [...procedures(1).slice(3), ...building(3)],
    photoMonths: [3, 6, 9],
    isPublic: true,
  },
  {
    name: '新能源汽车零部件生产基地',
    type: '工业',
    source: 'investment_signed',
    stage: 'construction',
    streetCode: 'S03',
    guideCode: 'D03',
    leader: 'demo-leader2',
    totalInvestment: 52000,
    annualPlan: 18000,
    carryOver: 0,
    address: '高新街道兴业路6号',
    ownerEnterprise: '示范新能源科技有限公司',
    pace: 0.72,
    nodes: [...procedures(1).slice(2), ...building(4, 'main')],
    returnedMonth: 5,
    photoMonths: [5, 8],
    isPublic: true,
  },
  {
    name: '城南污水处理厂提标改造',
    type: '城建',
    source: 'government',
    stage: 'construction',
    streetCode: 'S02',
    guideCode: 'D06',
    leader: 'demo-leader3',
    totalInvestment: 21000,
    annualPlan: 9000,
    carryOver: 1500,
    address: '滨河街道南环路',
    ownerEnterprise: '区城市建设投资有限公司',
    pace: 0.95,
    nodes: building(2),
    photoMonths: [4, 7],
    isPublic: true,
  },
  {
    name: '老旧小区改造（第三批）',
    type: '民生',
    source: 'government',
    stage: 'construction',
    streetCode: 'S01',
    guideCode: 'D04',
    leader: 'demo-leader2',
    totalInvestment: 12600,
    annualPlan: 12600,
    carryOver: 0,
    address: '城关街道32个小区',
    ownerEnterprise: '区住房和城乡建设局',
    pace: 0.88,
    nodes: [{ name: '方案公示', kind: 'procedure', start: [1, 5], end: [2, 10] }, ...building(3, 'base')],
    returnedMonth: 4,
    photoMonths: [6],
    isPublic: true,
  },
  {
    name: '区人民医院门诊综合楼',
    type: '社会事业',
    source: 'government',
    stage: 'construction',
    streetCode: 'S01',
    guideCode: 'D08',
    leader: 'demo-leader1',
    totalInvestment: 46000,
    annualPlan: 15000,
    carryOver: 6000,
    address: '城关街道人民路99号',
    ownerEnterprise: '区人民医院',
    pace: 1,
    nodes: building(1),
    photoMonths: [2, 5, 8],
    isPublic: true,
  },
  {
    name: '第二实验小学新建工程',
    type: '民生',
    source: 'government',
    stage: 'preparation',
    streetCode: 'S04',
    guideCode: 'D02',
    leader: 'demo-leader3',
    totalInvestment: 18000,
    annualPlan: 6000,
    carryOver: 0,
    address: '凤凰街道学府路',
    ownerEnterprise: '区教育局',
    pace: 0.6,
    nodes: procedures(3, true),
    photoMonths: [],
    isPublic: true,
  },
  {
    name: '数字经济产业大厦',
    type: '科技',
    source: 'social',
    stage: 'preparation',
    streetCode: 'S03',
    guideCode: 'D01',
    leader: 'demo-leader1',
    totalInvestment: 35000,
    annualPlan: 8000,
    carryOver: 0,
    address: '高新街道数字港',
    ownerEnterprise: '示范数字产业发展有限公司',
    pace: 0.93,
    nodes: procedures(4),
    photoMonths: [],
    isPublic: true,
  },
  {
    name: '滨河生态廊道',
    type: '城建',
    source: 'government',
    stage: 'construction',
    streetCode: 'S02',
    guideCode: 'D04',
    leader: 'demo-leader2',
    totalInvestment: 28000,
    annualPlan: 10000,
    carryOver: 2000,
    address: '滨河街道沿河两岸',
    ownerEnterprise: '区城市建设投资有限公司',
    pace: 0.97,
    nodes: building(2),
    photoMonths: [5, 9],
    isPublic: true,
  },
  {
    name: '冷链物流园',
    type: '服务业',
    source: 'investment_signed',
    stage: 'signed',
    streetCode: 'S04',
    guideCode: 'D07',
    leader: 'demo-leader3',
    totalInvestment: 15000,
    annualPlan: 3000,
    carryOver: 0,
    address: '凤凰街道物流大道',
    ownerEnterprise: '示范冷链物流有限公司',
    pace: 0.8,
    nodes: procedures(6).slice(0, 3),
    photoMonths: [],
    isPublic: false,
  },
  {
    name: '文化旅游街区',
    type: '服务业',
    source: 'social',
    stage: 'preparation',
    streetCode: 'S01',
    guideCode: 'D07',
    leader: 'demo-leader1',
    totalInvestment: 22000,
    annualPlan: 5000,
    carryOver: 0,
    address: '城关街道古城片区',
    ownerEnterprise: '示范文旅集团',
    pace: 1,
    nodes: procedures(2),
    photoMonths: [],
    isPublic: false,
  },
  {
    name: '党群服务中心',
    type: '党建',
    source: 'government',
    stage: 'completed',
    streetCode: 'S02',
    guideCode: 'D01',
    leader: 'demo-leader2',
    totalInvestment: 1800,
    annualPlan: 1800,
    carryOver: 600,
    address: '滨河街道中心广场',
    ownerEnterprise: '滨河街道办事处',
    pace: 1,
    nodes: [
      { name: '装修施工', kind: 'construction', start: [1, 5], end: [4, 30] },
      { name: '竣工验收', kind: 'construction', start: [5, 1], end: [5, 31] },
    ],
    photoMonths: [4],
    isPublic: true,
  },
  {
    name: '科创孵化中心',
    type: '科技',
    source: 'carry_over',
    stage: 'planning',
    streetCode: 'S03',
    guideCode: 'D01',
    leader: 'demo-leader3',
    totalInvestment: 9000,
    annualPlan: 1200,
    carryOver: 0,
    address: '高新街道',
    ownerEnterprise: '区科技创新服务中心',
    pace: 1,
    nodes: [{ name: '项目建议书', kind: 'procedure', start: [9, 1], end: [10, 31] }],
    photoMonths: [],
    isPublic: false,
  },
];
