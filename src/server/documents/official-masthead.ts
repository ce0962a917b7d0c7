/**
 * The 版头 of a 简报-style official paper such as the 督查通报: the paper's name in red 方正小标宋简体,
 * the issue "第X期" under it in 楷体, then the issuing office (left) and the date (right) on one line over
 * a red rule as wide as the text block — the red 发文机关标志 and 分隔线 of GB/T 9704-2012 §7.2 as
 * supervision offices use them for their own periodicals.
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { formatChineseDate } from './official-numbers';
import { blankLine, centredKaitiLine } from './official-paragraphs';
import { EXACT_LINE, LINE_PITCH_TWIPS, OFFICIAL_FONT, TEXT_WIDTH_TWIPS, officialRun } from './official-style';

/** The red of the 版头 (GB/T 9704 §7.2.2: 红色), as Word writes colours. */
export const MASTHEAD_RED = 'FF0000';

/** 初号 (42 pt) in half-points: the paper's name is the largest text on the page. */
const NAME_SIZE = 84;

export interface Masthead {
  /** The paper's name, e.g. '督查通报'. */
  name: string;
  /** e.g. '第3期'; without it the line is left out (a paper that has no numbering yet). */
  issue?: string | undefined;
  /** e.g. '示范区委区政府督查室'; several offices (separated by spaces) share the line. */
  office: string;
  /** 'YYYY-MM-DD'. */
  isoDate: string;
}

/** The 版头's paragraphs, followed by the 空一行 before the title. */
export function mastheadParagraphs(m: Masthead): Paragraph[] {
  const font = OFFICIAL_FONT.title;
  const name = new Paragraph({
    alignment: AlignmentType.CENTER,
    // Two body lines, exact: the 初号 name keeps the page on its grid of 22 lines.
    spacing: { line: 2 * LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    keepNext: true,
    children: [
      new TextRun({
        text: m.name,
        font: { ascii: font, eastAsia: font, hAnsi: font, cs: font, hint: 'eastAsia' },
        size: NAME_SIZE,
        color: MASTHEAD_RED,
        // Spaced out a little, as a paper's name is printed ("督 查 通 报").
        characterSpacing: 120,
      }),
    ],
  });
  const issue = m.issue ? [centredKaitiLine(m.issue)] : [];
  const officeAndDate = new Paragraph({
    spacing: EXACT_LINE,
    keepNext: true,
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS }],
    // The red rule under the line, as wide as the text block (2.25 pt).
    border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: MASTHEAD_RED, space: 4 } },
    children: [
      officialRun(m.office.split(/\s+/).filter(Boolean).join(' ')),
      new TextRun({ children: [new Tab()] }),
      officialRun(formatChineseDate(m.isoDate)),
    ],
  });
  return [name, ...issue, officeAndDate, blankLine()];
}
