/**
 * The year's assessment result (年度综合考核结果) as a Word document in the official format of the bulletins
 * (GB/T 9704, see official-format.ts): the title, an opening paragraph, one ranked table per group, a
 * paragraph for each unit graded lowest or vetoed saying why, and the issuing office and date.
 */
import type { Paragraph, Table } from 'docx';
import {
  addresseeParagraph,
  blankLine,
  bodyParagraph,
  buildOfficialDocument,
  chineseNumeral,
  formatChineseDate,
  heading1Paragraph,
  officialTable,
  packOfficialDocument,
  signatureParagraphs,
  titleParagraph,
} from './official-format';

/** A unit graded lowest or vetoed, with the reasons already in Chinese. */
export interface AssessmentReportNote {
  unitName: string;
  grade: string;
  total: number;
  reasons: string[];
}

export interface AssessmentReportData {
  /** e.g. '示范区'. */
  districtName: string;
  year: number;
  asOf: string;
  schemeName: string;
  /** The finalized version this report shows, or null for a live preview. */
  finalizedVersion: number | null;
  groups: Array<{
    name: string;
    units: Array<{ rank: number; unitName: string; total: number; grade: string }>;
    notes: AssessmentReportNote[];
  }>;
  issuingOffice: string;
  issuedDate: string;
}

const ADDRESSEE = '各街道党工委、办事处，区直各部门：';

export function assessmentReportTitle(data: Pick<AssessmentReportData, 'districtName' | 'year'>): string {
  return `${data.districtName}${data.year}年度综合考核结果`;
}

const points = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, ''));

function opening(data: AssessmentReportData): string {
  const state =
    data.finalizedVersion === null
      ? '（实时数据，非定稿结果）'
      : data.finalizedVersion > 1
        ? `（第${data.finalizedVersion}版定稿）`
        : '';
  return (
    `根据《${data.schemeName}》，按照“干与不干不一样、干多干少也不一样”的要求，对全区各单位${data.year}年度工作进行了综合考核，` +
    `数据截至${formatChineseDate(data.asOf)}${state}。现将考核结果通报如下。`
  );
}

function groupSection(n: number, group: AssessmentReportData['groups'][number]): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [heading1Paragraph(`${chineseNumeral(n)}、${group.name}`)];
  if (group.units.length === 0) return [...out, bodyParagraph('无参加考核单位。')];
  out.push(
    bodyParagraph(`${group.name}共${group.units.length}个单位参加考核，结果如下：`, { keepNext: true }),
  );
  out.push(
    officialTable(
      [
        { header: '名次', widthMm: 16 },
        { header: '单位', widthMm: 80, align: 'left' },
        { header: '总分', widthMm: 30 },
        { header: '等次', widthMm: 30 },
      ],
      group.units.map((u) => [String(u.rank), u.unitName, points(u.total), u.grade]),
    ),
  );
  for (const note of group.notes) {
    out.push(
      bodyParagraph(
        `${note.unitName}：总分${points(note.total)}分，考核等次为${note.grade}。${note.reasons.join('；')}。`,
      ),
    );
  }
  return out;
}

export async function buildAssessmentDocx(data: AssessmentReportData): Promise<Buffer> {
  const title = assessmentReportTitle(data);
  const doc = buildOfficialDocument({
    title,
    creator: data.issuingOffice,
    children: [
      titleParagraph(title),
      blankLine(),
      addresseeParagraph(ADDRESSEE),
      bodyParagraph(opening(data)),
      ...data.groups.flatMap((g, i) => groupSection(i + 1, g)),
      ...signatureParagraphs(data.issuingOffice, data.issuedDate),
    ],
  });
  return packOfficialDocument(doc);
}
