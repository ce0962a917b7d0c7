/**
 * The monthly bulletin (每月通报) on how the plenary's decisions are carried out, as a Word document in
 * the official format of GB/T 9704-2012 (see official-format.ts): overall figures, each lead unit's
 * standing, red and yellow tasks named with their units, overdue rectifications, units that did not report.
 */
import type { Paragraph, Table } from 'docx';
import {
  addresseeParagraph,
  blankLine,
  bodyParagraph,
  buildOfficialDocument,
  chineseNumeral,
  formatChineseDate,
  formatChineseMonth,
  formatCount,
  formatPercent,
  heading1Paragraph,
  heading2Paragraph,
  mastheadParagraphs,
  numberedParagraph,
  officialTable,
  packOfficialDocument,
  signatureParagraphs,
  titleParagraph,
} from './official-format';
import { projectsSection, type BulletinProjects } from './bulletin-projects-docx';
import { catchUpPlanClause, remarksSection, type BulletinRemarks } from './bulletin-remarks-docx';
import type { BlockerSummary } from '../../domain/blocker-summary';
import { blockerSummaryParagraphs } from './blocker-summary-docx';
import { caseDeadlinesSection, type BulletinCaseDeadlines } from './bulletin-case-deadlines-docx';
import { acceptanceSection, type BulletinAcceptance } from './bulletin-acceptance-docx';

/** A red or yellow task as the bulletin names it. */
export interface BulletinTask {
  code: string;
  title: string;
  unitName: string;
  /** Why the light is on, already in Chinese (e.g. 已逾期, 时间过半任务未过半). */
  reasons: string[];
  dueDate: string;
  /** Percent done, 0..100. */
  progress: number;
  /** A red task's catch-up plan (赶超措施) in words, e.g. "已通过"; absent when none was asked for. */
  catchUpPlan?: string;
}

/** Everything one month's bulletin says; computed elsewhere as of `asOf`. */
export interface BulletinData {
  /** e.g. '示范区'. */
  districtName: string;
  /** 'YYYY-MM', e.g. '2024-07'. */
  period: string;
  /** 'YYYY-MM-DD': the date the figures are as of. */
  asOf: string;
  /** e.g. '中共示范区委办公室 示范区人民政府办公室' (several offices separated by spaces) or '区委区政府督查室'. */
  issuingOffice: string;
  /** 'YYYY-MM-DD'. */
  issuedDate: string;
  /**
   * The bulletin's number within its year (督查通报 第X期), counted per district from the first bulletin
   * generated in a year; absent on bulletins generated before numbering existed.
   */
  issueNumber?: number;
  overall: {
    published: number;
    completed: number;
    completedOnTime: number;
    inProgress: number;
    yellow: number;
    red: number;
    /** 0..100. */
    completionRate: number;
  };
  /** Lead units, ranked (rank 1 first). */
  units: Array<{
    rank: number;
    unitName: string;
    total: number;
    completed: number;
    inProgress: number;
    yellow: number;
    red: number;
    completionRate: number;
  }>;
  redTasks: BulletinTask[];
  yellowTasks: BulletinTask[];
  overdueRectifications: Array<{ title: string; unitName: string; deadline: string; daysOverdue: number }>;
  unitsNotReported: Array<{ unitName: string; taskCount: number }>;
  /** 配合单位未报送分报 (issue 15); absent on bulletins generated before shares existed. */
  coUnitsNotShared?: Array<{ unitName: string; taskCount: number }>;
  /** 重点项目 (issue #13); absent on bulletins generated before the section existed. */
  projects?: BulletinProjects;
  /** 通报表扬 and 通报批评 the office named before publishing (issue 16). */
  remarks?: BulletinRemarks;
  /** 堵点 of the month (issue #14); absent on bulletins generated before blockers existed. */
  blockers?: BlockerSummary;
  /** 督办事项办理情况 (issue 16); absent on bulletins generated before it existed. */
  caseDeadlines?: BulletinCaseDeadlines;
  /** 验收情况 (issue 15); absent on bulletins generated before it existed. */
  acceptance?: BulletinAcceptance;
}

/** Lists longer than this go into a table rather than numbered paragraphs, to keep the bulletin short. */
export const MAX_LISTED_ITEMS = 8;

const ADDRESSEE = '各街道党工委、办事处，区直各部门：';

/** The paper's name in the 版头. */
export const BULLETIN_PAPER_NAME = '督查通报';

/** "第3期", or undefined for a bulletin without a number. */
export function bulletinIssueLabel(data: Pick<BulletinData, 'issueNumber'>): string | undefined {
  return data.issueNumber ? `第${data.issueNumber}期` : undefined;
}

/** The bulletin's title, e.g. "关于2024年7月区委全会决策部署落实情况的通报". */
export function bulletinTitle(data: BulletinData): string {
  return `关于${formatChineseMonth(data.period)}区委全会决策部署落实情况的通报`;
}

/** Builds the bulletin as .docx bytes. */
export async function buildBulletinDocx(data: BulletinData): Promise<Buffer> {
  const doc = buildOfficialDocument({
    title: bulletinTitle(data),
    creator: data.issuingOffice,
    children: [
      ...mastheadParagraphs({
        name: BULLETIN_PAPER_NAME,
        issue: bulletinIssueLabel(data),
        office: data.issuingOffice,
        isoDate: data.issuedDate,
      }),
      titleParagraph(bulletinTitleLines(data)),
      blankLine(),
      addresseeParagraph(ADDRESSEE),
      bodyParagraph(openingText(data)),
      ...overallSection(data),
      ...unitsSection(data),
      ...problemsSection(data),
      ...(data.blockers ? [subsection(5, '项目堵点问题'), ...blockerSummaryParagraphs(data.blockers)] : []),
      ...extraSections(data),
      ...signatureParagraphs(data.issuingOffice, data.issuedDate),
    ],
  });
  return packOfficialDocument(doc);
}

// Too long for one line of 2号 (20 characters): broken after the subject, the longer line above (梯形).
function bulletinTitleLines(data: BulletinData): string[] {
  return [`关于${formatChineseMonth(data.period)}区委全会决策部署`, '落实情况的通报'];
}

// "示范区" → "示范区委"; a name without 区 gets it ("海淀" → "海淀区委").
function districtCommittee(districtName: string): string {
  return districtName.endsWith('区') ? `${districtName}委` : `${districtName}区委`;
}

function openingText(data: BulletinData): string {
  const o = data.overall;
  return (
    `为推动${districtCommittee(data.districtName)}全会各项决策部署落地见效，全会部署任务实行清单化管理、` +
    `按月调度。截至${formatChineseDate(data.asOf)}，全区共下发目标任务${formatCount(o.published)}项，` +
    `已完成${formatCount(o.completed)}项，完成率${formatPercent(o.completionRate)}；` +
    `${lightsClause(o.red, o.yellow)}。现将有关情况通报如下。`
  );
}

// "亮红灯3项、亮黄灯12项", "亮黄灯2项", "无亮红灯、黄灯任务": an official text does not list zeros.
function lightsClause(red: number, yellow: number): string {
  if (red === 0 && yellow === 0) return '无亮红灯、黄灯任务';
  const parts = [
    ...(red > 0 ? [`亮红灯${formatCount(red)}项`] : []),
    ...(yellow > 0 ? [`亮黄灯${formatCount(yellow)}项`] : []),
  ];
  return parts.join('、');
}

function section(n: number, title: string): Paragraph {
  return heading1Paragraph(`${chineseNumeral(n)}、${title}`);
}

function subsection(n: number, title: string): Paragraph {
  return heading2Paragraph(`（${chineseNumeral(n)}）${title}`);
}

function overallSection(data: BulletinData): Paragraph[] {
  const o = data.overall;
  const onTimeShare = o.completed > 0 ? (o.completedOnTime / o.completed) * 100 : 0;
  const green = Math.max(0, o.inProgress - o.yellow - o.red);
  return [
    section(1, '总体进展情况'),
    bodyParagraph(
      o.published === 0
        ? `截至${formatChineseDate(data.asOf)}，尚无下发的目标任务。`
        : `截至${formatChineseDate(data.asOf)}，区委全会部署的${formatCount(o.published)}项目标任务中，` +
            `已完成${formatCount(o.completed)}项，完成率${formatPercent(o.completionRate)}` +
            (o.completed > 0
              ? `；其中按期完成${formatCount(o.completedOnTime)}项，占已完成任务的${formatPercent(onTimeShare)}。`
              : '。') +
            (o.inProgress > 0 ? `正在推进${formatCount(o.inProgress)}项。` : '全部任务均已完成。'),
    ),
    ...(o.inProgress === 0
      ? []
      : [
          bodyParagraph(
            o.red === 0 && o.yellow === 0
              ? '从预警情况看，在推任务均按计划推进，无亮红灯、黄灯任务。'
              : `从预警情况看，${lightsClause(o.red, o.yellow)}` +
                  (green > 0 ? `，其余${formatCount(green)}项在推任务按计划推进。` : '。'),
          ),
        ]),
  ];
}

function unitsSection(data: BulletinData): Array<Paragraph | Table> {
  const ranked = [...data.units].sort((a, b) => a.rank - b.rank);
  const out: Array<Paragraph | Table> = [section(2, '各单位推进情况')];
  if (ranked.length === 0) return [...out, bodyParagraph('无。')];
  out.push(
    bodyParagraph(`${formatCount(ranked.length)}个牵头单位任务推进情况按完成率排名如下：`, {
      keepNext: true,
    }),
  );
  out.push(
    officialTable(
      [
        // 12 characters of 小四 for the unit name; three-character headers just fit in 15 mm.
        { header: '排名', widthMm: 12 },
        { header: '牵头单位', widthMm: 56, align: 'left' },
        { header: '任务数', widthMm: 15 },
        { header: '已完成', widthMm: 15 },
        { header: '推进中', widthMm: 15 },
        { header: '黄灯', widthMm: 12 },
        { header: '红灯', widthMm: 12 },
        { header: '完成率', widthMm: 19 },
      ],
      ranked.map((u) => [
        String(u.rank),
        u.unitName,
        formatCount(u.total),
        formatCount(u.completed),
        formatCount(u.inProgress),
        formatCount(u.yellow),
        formatCount(u.red),
        formatPercent(u.completionRate),
      ]),
    ),
  );
  // Name the best and the weakest only when there are enough units for the contrast to mean something.
  if (ranked.length >= 6) {
    const names = (us: typeof ranked): string => us.map((u) => u.unitName).join('、');
    out.push(
      bodyParagraph(
        `${names(ranked.slice(0, 3))}完成率位居前列；${names(ranked.slice(-3))}完成率相对靠后，要加大推进力度。`,
      ),
    );
  }
  return out;
}

function taskLine(t: BulletinTask): string {
  const reasons = t.reasons.length > 0 ? `${t.reasons.join('、')}，` : '';
  return (
    `${t.code} ${t.title}（牵头单位：${t.unitName}）：${reasons}${catchUpPlanClause(t.catchUpPlan)}` +
    `计划${formatChineseDate(t.dueDate)}完成，当前进度${formatPercent(t.progress)}。`
  );
}

function taskItems(tasks: readonly BulletinTask[], light: '红灯' | '黄灯'): Array<Paragraph | Table> {
  if (tasks.length === 0) return [bodyParagraph('无。')];
  if (tasks.length <= MAX_LISTED_ITEMS) return tasks.map((t, i) => numberedParagraph(i + 1, taskLine(t)));
  return [
    bodyParagraph(`本期亮${light}任务${formatCount(tasks.length)}项，具体如下：`, { keepNext: true }),
    officialTable(
      [
        { header: '序号', widthMm: 11 },
        { header: '编号', widthMm: 28 },
        { header: '任务', widthMm: 44, align: 'left' },
        { header: '牵头单位', widthMm: 30, align: 'left' },
        { header: '原因', widthMm: 27, align: 'left' },
        { header: '进度', widthMm: 16 },
      ],
      tasks.map((t, i) => [
        String(i + 1),
        t.code,
        t.title,
        t.unitName,
        [...t.reasons, ...(t.catchUpPlan ? [`赶超措施${t.catchUpPlan}`] : [])].join('、'),
        `${formatPercent(t.progress)}`,
      ]),
    ),
  ];
}

function problemsSection(data: BulletinData): Array<Paragraph | Table> {
  const rectifications = data.overdueRectifications;
  const notReported = data.unitsNotReported;
  return [
    section(3, '存在的问题'),
    subsection(1, '红灯任务'),
    ...taskItems(data.redTasks, '红灯'),
    subsection(2, '黄灯任务'),
    ...taskItems(data.yellowTasks, '黄灯'),
    subsection(3, '逾期未整改问题'),
    ...(rectifications.length === 0
      ? [bodyParagraph('无。')]
      : rectifications.length <= MAX_LISTED_ITEMS
        ? rectifications.map((r, i) =>
            numberedParagraph(
              i + 1,
              `${r.title}（责任单位：${r.unitName}），整改时限${formatChineseDate(r.deadline)}，` +
                `已逾期${formatCount(r.daysOverdue)}天。`,
            ),
          )
        : [
            bodyParagraph(`逾期未整改问题${formatCount(rectifications.length)}个，具体如下：`, {
              keepNext: true,
            }),
            officialTable(
              [
                { header: '序号', widthMm: 12 },
                { header: '问题', widthMm: 66, align: 'left' },
                { header: '责任单位', widthMm: 34, align: 'left' },
                { header: '整改时限', widthMm: 26 },
                { header: '逾期天数', widthMm: 18 },
              ],
              rectifications.map((r, i) => [
                String(i + 1),
                r.title,
                r.unitName,
                formatChineseDate(r.deadline),
                formatCount(r.daysOverdue),
              ]),
            ),
          ]),
    subsection(4, '未按时报送进展的单位'),
    notReported.length === 0
      ? bodyParagraph('无。')
      : bodyParagraph(
          `${notReported
            .map((u) => `${u.unitName}（涉及任务${formatCount(u.taskCount)}项）`)
            .join('、')}，共${formatCount(notReported.length)}个单位未按时报送本期任务进展。`,
        ),
    ...(data.coUnitsNotShared?.length
      ? [
          bodyParagraph(
            `配合单位未报送分报：${data.coUnitsNotShared
              .map((u) => `${u.unitName}（涉及任务${formatCount(u.taskCount)}项）`)
              .join('、')}，共${formatCount(data.coUnitsNotShared.length)}个配合单位未按时报送本期分报。`,
          ),
        ]
      : []),
  ];
}

/**
 * The sections after the first three, numbered in turn from 四: those with something to say (key projects,
 * praise and criticism), then 下步工作要求 always last.
 */
function extraSections(data: BulletinData): Array<Paragraph | Table> {
  const makers = [
    (n: number) => projectsSection(data.projects, n),
    (n: number) => remarksSection(data.remarks, n),
    (n: number) => caseDeadlinesSection(data.caseDeadlines, n),
    (n: number) => acceptanceSection(data.acceptance, n),
  ];
  const out: Array<Paragraph | Table> = [];
  let n = 4;
  for (const make of makers) {
    const part = make(n);
    if (part.length > 0) {
      out.push(...part);
      n += 1;
    }
  }
  return [...out, ...requirementsSection(n)];
}

function requirementsSection(n: number): Paragraph[] {
  return [
    section(n, '下步工作要求'),
    heading2Paragraph(
      '（一）压实工作责任。',
      '各牵头单位要切实扛起主体责任，主要负责同志要亲自研究、亲自推动，对照任务清单逐项对账，确保按时保质完成。',
    ),
    heading2Paragraph(
      '（二）紧盯红黄灯任务。',
      '亮红灯、黄灯任务的牵头单位要深入分析原因，制定针对性措施，明确时间节点，尽快赶上进度；对连续亮红灯的任务，将按程序启动督办。',
    ),
    heading2Paragraph(
      '（三）抓好问题整改。',
      '对逾期未整改问题，责任单位要立即整改、限期销号，并将整改结果报区委区政府督查室。',
    ),
    heading2Paragraph(
      '（四）按时报送进展。',
      '各单位要严格按照规定时限报送任务进展，确保数据真实准确；未按时报送的单位要说明原因。',
    ),
  ];
}
