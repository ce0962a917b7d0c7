/**
 * The paragraphs of an official document (GB/T 9704-2012 §7): title, body, headings, numbered items and
 * the issuing office with the date at the end.
 */
import { AlignmentType, Paragraph, TextRun } from 'docx';
import { formatChineseDate } from './official-numbers';
import {
  CHAR_TWIPS,
  EXACT_LINE,
  FIRST_LINE_TWO_CHARS,
  FONT_SIZE,
  OFFICIAL_FONT,
  OFFICIAL_STYLE,
  officialRun,
} from './official-style';

// ---------------------------------------------------------------------------------------------
// Paragraphs
// ---------------------------------------------------------------------------------------------

/**
 * The title (标题): 2号方正小标宋简体, centred, on the body's line pitch. A title longer than a line
 * (20 characters of 2号) should come as lines broken where the sense allows, longer above shorter
 * (梯形, GB/T 9704 §7.3.1: 回行时词意完整、排列对称), rather than be left for the word processor to break.
 */
export function titleParagraph(lines: string | readonly string[]): Paragraph {
  const parts = typeof lines === 'string' ? [lines] : lines;
  const font = OFFICIAL_FONT.title;
  return new Paragraph({
    style: OFFICIAL_STYLE.title,
    alignment: AlignmentType.CENTER,
    spacing: EXACT_LINE,
    keepNext: true,
    keepLines: true,
    children: parts.map(
      (text, i) =>
        new TextRun({
          text,
          break: i > 0 ? 1 : 0,
          font: { ascii: font, eastAsia: font, hAnsi: font, cs: font, hint: 'eastAsia' },
          size: FONT_SIZE.size2,
        }),
    ),
  });
}

/** An empty body line: the standard's 空一行 (e.g. between the title and the addressee). */
export function blankLine(): Paragraph {
  return new Paragraph({ spacing: EXACT_LINE, children: [officialRun('')] });
}

/** A centred line in 楷体 3号, e.g. a serial number under the title ("第7期"). */
export function centredKaitiLine(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: EXACT_LINE,
    children: [officialRun(text, OFFICIAL_FONT.heading2)],
  });
}

/** The addressee line (主送机关), flush left (顶格), ending in a full-width colon. */
export function addresseeParagraph(text: string): Paragraph {
  return new Paragraph({
    spacing: EXACT_LINE,
    alignment: AlignmentType.JUSTIFIED,
    children: [officialRun(text)],
  });
}

/**
 * A body paragraph: 3号仿宋_GB2312, first line indented two characters, justified. `keepNext` keeps a
 * sentence that leads into a table on the table's page.
 */
export function bodyParagraph(content: string | TextRun[], options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    spacing: EXACT_LINE,
    ...(options.keepNext ? { keepNext: true } : {}),
    indent: FIRST_LINE_TWO_CHARS,
    alignment: AlignmentType.JUSTIFIED,
    children: typeof content === 'string' ? [officialRun(content)] : content,
  });
}

/** A first-level heading "一、…" in 黑体, indented two characters like the body (GB/T 9704 §7.3.3). */
export function heading1Paragraph(text: string): Paragraph {
  return new Paragraph({
    spacing: EXACT_LINE,
    indent: FIRST_LINE_TWO_CHARS,
    keepNext: true,
    children: [officialRun(text, OFFICIAL_FONT.heading1)],
  });
}

/**
 * A second-level heading "（一）…" in 楷体_GB2312. With `body`, the heading leads into its text in the
 * same paragraph (the heading in 楷体, the text in 仿宋), as short points usually are.
 */
export function heading2Paragraph(text: string, body?: string): Paragraph {
  return new Paragraph({
    spacing: EXACT_LINE,
    indent: FIRST_LINE_TWO_CHARS,
    alignment: AlignmentType.JUSTIFIED,
    keepNext: body === undefined,
    children: [officialRun(text, OFFICIAL_FONT.heading2), ...(body === undefined ? [] : [officialRun(body)])],
  });
}

/**
 * A third-level item "1．…" in 仿宋_GB2312, numbered with a full-width full stop: a half-width one before a
 * task code or figure ("1.RW-2024-031", "1.5万") reads as a decimal.
 */
export function numberedParagraph(n: number, text: string): Paragraph {
  return bodyParagraph(`${n}．${text}`);
}

/**
 * The issuing office (发文机关署名) and the date (成文日期) at the end, right-aligned: the date four
 * characters from the right edge, each office centred over the date (GB/T 9704 §7.3.5.1 without a
 * seal, 以成文日期为准居中编排). Several offices (separated by spaces) go on separate lines.
 */
export function signatureParagraphs(issuingOffice: string, isoDate: string): Paragraph[] {
  const date = formatChineseDate(isoDate);
  const dateIndentChars = 4;
  const offices = issuingOffice.split(/\s+/).filter((s) => s.length > 0);
  const officeLines = offices.map((office) => {
    // Centre the office over the date; a name longer than the date moves right, never past 2 chars.
    const shift = (visualWidth(date) - visualWidth(office)) / 2;
    const indentChars = Math.max(2, dateIndentChars + shift);
    return new Paragraph({
      spacing: EXACT_LINE,
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(indentChars * CHAR_TWIPS) },
      keepNext: true,
      children: [officialRun(office)],
    });
  });
  return [
    new Paragraph({ spacing: EXACT_LINE, keepNext: true, children: [officialRun('')] }),
    ...officeLines,
    new Paragraph({
      spacing: EXACT_LINE,
      alignment: AlignmentType.RIGHT,
      indent: { right: dateIndentChars * CHAR_TWIPS },
      children: [officialRun(date)],
    }),
  ];
}

// Width in body characters: CJK is one, ASCII (digits of the date) half.
export function visualWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return width;
}
