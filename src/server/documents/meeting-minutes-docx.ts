/**
 * 会议纪要 of the weekly project meeting (周六例会), in the official format of the bulletin (official-format.ts):
 * the paper's masthead (项目例会纪要, 第N期), the title, the date, place, chair and attendees, then per agenda item
 * the facts and the decisions (议定事项) with their lead unit, leader, cooperating units and due date.
 */
import {
  blankLine,
  bodyParagraph,
  buildOfficialDocument,
  chineseNumeral,
  formatChineseDate,
  heading1Paragraph,
  heading2Paragraph,
  mastheadParagraphs,
  numberedParagraph,
  packOfficialDocument,
  signatureParagraphs,
  titleParagraph,
} from './official-format';

export interface MinutesDecision {
  content: string;
  leadUnitName: string;
  leaderName: string | null;
  coUnitNames: string[];
  dueDate: string;
  taskCode: string | null;
}

export interface MinutesItem {
  title: string;
  /** The facts in sentences, already in Chinese (project, light, blocker, review states). */
  facts: string[];
  decisions: MinutesDecision[];
}

export interface MinutesData {
  /** The minutes' title, e.g. '第16次项目例会纪要'. */
  title: string;
  /** The meeting's own name, as the opening sentence says it. */
  meetingTitle: string;
  /** e.g. '第12期' or '〔2026〕12号'; absent: no number line. */
  number: string | null;
  heldOn: string;
  location: string;
  chair: string;
  attendees: string[];
  issuingOffice: string;
  issuedDate: string;
  items: MinutesItem[];
  /** Decisions recorded without an agenda item. */
  otherDecisions: MinutesDecision[];
}

export const MINUTES_PAPER_NAME = '项目例会纪要';

/** One decision as the minutes write it: what, who leads, who helps, by when. */
export function decisionSentence(d: MinutesDecision): string {
  const lead = d.leaderName ? `${d.leaderName}牵头，${d.leadUnitName}负责` : `${d.leadUnitName}负责`;
  const co = d.coUnitNames.length > 0 ? `，${d.coUnitNames.join('、')}配合` : '';
  const code = d.taskCode ? `（任务编号${d.taskCode}）` : '';
  return `${d.content}。由${lead}${co}，${formatChineseDate(d.dueDate)}前完成${code}。`;
}

/** Builds the minutes as .docx bytes. */
export async function buildMinutesDocx(data: MinutesData): Promise<Buffer> {
  const children = [
    ...mastheadParagraphs({
      name: MINUTES_PAPER_NAME,
      issue: data.number ?? undefined,
      office: data.issuingOffice,
      isoDate: data.issuedDate,
    }),
    titleParagraph(data.title),
    blankLine(),
    bodyParagraph(
      `${formatChineseDate(data.heldOn)}，${data.chair ? `${data.chair}主持召开` : '召开'}${data.meetingTitle}` +
        `${data.location ? `，会议地点：${data.location}` : ''}。会议听取了有关情况汇报，研究了重点项目推进中的堵点问题。现将会议议定事项纪要如下：`,
    ),
    bodyParagraph(`参会人员：${data.attendees.length > 0 ? data.attendees.join('、') : '（无）'}`),
    heading1Paragraph('一、会议议题及议定事项'),
    ...data.items.flatMap((item, i) => [
      heading2Paragraph(`（${i < 99 ? chineseNumeral(i + 1) : i + 1}）${item.title}`),
      ...item.facts.map((f) => bodyParagraph(f)),
      ...(item.decisions.length > 0
        ? [
            bodyParagraph('会议议定：'),
            ...item.decisions.map((d, n) => numberedParagraph(n + 1, decisionSentence(d))),
          ]
        : [bodyParagraph('会议未形成议定事项。')]),
    ]),
    ...(data.otherDecisions.length > 0
      ? [
          heading1Paragraph('二、其他议定事项'),
          ...data.otherDecisions.map((d, n) => numberedParagraph(n + 1, decisionSentence(d))),
        ]
      : []),
    heading1Paragraph(`${data.otherDecisions.length > 0 ? '三' : '二'}、工作要求`),
    bodyParagraph(
      '各议定事项已作为任务下发，请各牵头单位及时签收，按时限办结并报送进展；督查室将跟踪督办，结果在下次例会通报。',
    ),
    ...signatureParagraphs(data.issuingOffice, data.issuedDate),
  ];
  return packOfficialDocument(
    buildOfficialDocument({ title: data.title, creator: data.issuingOffice, children }),
  );
}
