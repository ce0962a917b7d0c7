/**
 * Building blocks for Word documents in the official format of GB/T 9704-2012 (党政机关公文格式):
 * page geometry, the four official typefaces, the heading levels, tables that fit the text block,
 * page numbers "— 1 —" on alternating sides, and the issuing office and date at the end.
 * Shared by the monthly bulletin, the assessment report and the quarterly analysis.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';

// ---------------------------------------------------------------------------------------------
// Page geometry (GB/T 9704-2012 §5.2)
// ---------------------------------------------------------------------------------------------

/** A4 in twips (1/20 pt): 210 mm × 297 mm. */
export const A4_TWIPS = { width: 11906, height: 16838 } as const;

/**
 * Margins in twips. Top 37 mm and binding (left) 28 mm are the standard's; right and bottom follow
 * from the 156 mm × 225 mm text block (版心). Rounded the way Word rounds centimetres (567 twips/cm),
 * as the official Word templates do: 3.7 cm = 2098, 2.8 cm = 1588, 2.6 cm = 1474, 3.5 cm = 1985.
 */
export const PAGE_MARGIN_TWIPS = { top: 2098, left: 1588, right: 1474, bottom: 1985 } as const;

/** Width of the text block in twips: 11906 − 1588 − 1474 = 8844 (156.0 mm). */
export const TEXT_WIDTH_TWIPS = A4_TWIPS.width - PAGE_MARGIN_TWIPS.left - PAGE_MARGIN_TWIPS.right;

/** Height of the text block in twips: 16838 − 2098 − 1985 = 12755 (225.0 mm). */
export const TEXT_HEIGHT_TWIPS = A4_TWIPS.height - PAGE_MARGIN_TWIPS.top - PAGE_MARGIN_TWIPS.bottom;

/** Converts millimetres to twips. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/**
 * Line pitch in twips: 28.95 pt, exact. 22 lines × 28.95 pt = 636.9 pt ≈ 224.7 mm, the 225 mm block
 * (GB/T 9704 §5.2.2: 每面排 22 行). This is the value of Word's official templates.
 */
export const LINE_PITCH_TWIPS = 579;

/**
 * Character spacing of 3号 text in twips: 28 characters over 156 mm (8844 twips = 442.2 pt) need a pitch
 * of at most 15.79 pt, 0.21 pt less than the 16 pt characters; −5 twips (0.25 pt condensed) gives 15.75 pt,
 * 28 characters a line (每行排 28 个字) with 1.2 pt to spare.
 *
 * Why not Word's template grid (docGrid linesAndChars, charSpace −849, which expresses the same 0.207 pt):
 * LibreOffice (7.4 checked) snaps every 16 pt character to two 15.79 pt grid cells and sets 14 characters a
 * line. A line-only grid plus condensed runs sets 28 a line in Word, WPS and LibreOffice alike; the cost is
 * that Word's page-setup dialog shows "只指定行网格" instead of "指定行和字符网格, 28 字".
 */
export const BODY_CHAR_SPACING_TWIPS = -5;

/** Width of one body character (3号 on the grid) in twips, for indents such as 首行缩进二字. */
export const CHAR_TWIPS = Math.round(TEXT_WIDTH_TWIPS / 28);

// ---------------------------------------------------------------------------------------------
// Type (GB/T 9704-2012 §5.2.3, §7)
// ---------------------------------------------------------------------------------------------

/** Font sizes in half-points, as docx expects: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt. */
export const FONT_SIZE = { size2: 44, size3: 32, size4: 28, small4: 24 } as const;

/**
 * The official typefaces, named as the fonts name themselves so that Word, WPS and LibreOffice find
 * them when installed. A machine without them substitutes: Windows Word and WPS use the alternate
 * names written to the font table (仿宋, 楷体, 宋体 ship with every Windows since Vista), so the body
 * shows as 仿宋 and the headings as 楷体/黑体; LibreOffice on Linux asks fontconfig, which picks
 * the installed CJK face (WenQuanYi Zen Hei or Noto CJK) for every one of them — legible, and still
 * the right sizes, grid and layout, but without the difference of typefaces.
 */
export const OFFICIAL_FONT = {
  /** 标题: 2号方正小标宋简体. */
  title: '方正小标宋简体',
  /** 正文 and third-level headings "1.": 3号仿宋_GB2312. */
  body: '仿宋_GB2312',
  /** First-level headings "一、": 黑体. */
  heading1: '黑体',
  /** Second-level headings "（一）": 楷体_GB2312. */
  heading2: '楷体_GB2312',
  /** Page numbers: 4号半角宋体阿拉伯数字. */
  pageNumber: '宋体',
} as const;

/** One of the official typefaces. */
export type OfficialFont = (typeof OFFICIAL_FONT)[keyof typeof OFFICIAL_FONT];

// Alternate names and classification for word/fontTable.xml: what Word substitutes when a face is
// missing. charset 86 = GB2312; panose as the fonts declare it.
const FONT_TABLE: ReadonlyArray<{
  name: string;
  altName: string;
  panose: string;
  family: string;
  pitch: string;
}> = [
  {
    name: '方正小标宋简体',
    altName: '宋体',
    panose: '02000000000000000000',
    family: 'auto',
    pitch: 'variable',
  },
  { name: '仿宋_GB2312', altName: '仿宋', panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  { name: '黑体', altName: 'SimHei', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  { name: '楷体_GB2312', altName: '楷体', panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  { name: '宋体', altName: 'SimSun', panose: '02010600030101010101', family: 'auto', pitch: 'variable' },
];

function fontTableXml(): string {
  const fonts = FONT_TABLE.map(
    (f) =>
      `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/><w:panose1 w:val="${f.panose}"/>` +
      `<w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  ).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
    `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`
  );
}

/** Paragraph style ids of stylesXml(). */
export const OFFICIAL_STYLE = {
  title: 'OfficialTitle',
  tableText: 'OfficialTableText',
  pageNumber: 'OfficialPageNumber',
} as const;

// The styles part, written out rather than built with docx's style options because docx cannot say
// <w:snapToGrid w:val="0"/> on a paragraph: without it LibreOffice puts every line of a table cell, and
// every line of the 2号 title, on a whole 28.95 pt grid line (Word leaves exact-spaced lines alone).
// Normal says 3号 itself: LibreOffice takes the grid's base size from the Normal style, not the defaults.
function stylesXml(): string {
  const fonts = (name: string): string =>
    `<w:rFonts w:ascii="${name}" w:eastAsia="${name}" w:hAnsi="${name}" w:cs="${name}" w:hint="eastAsia"/>`;
  const size = (halfPoints: number): string => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
  const exact = (line: number, before = 0, after = 0): string =>
    `<w:spacing w:before="${before}" w:after="${after}" w:line="${line}" w:lineRule="exact"/>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts(OFFICIAL_FONT.body)}${size(FONT_SIZE.size3)}` +
    '<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>' +
    `<w:pPrDefault><w:pPr>${exact(LINE_PITCH_TWIPS)}</w:pPr></w:pPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>' +
    `<w:pPr><w:widowControl w:val="0"/>${exact(LINE_PITCH_TWIPS)}<w:jc w:val="both"/></w:pPr>` +
    `<w:rPr>${fonts(OFFICIAL_FONT.body)}<w:spacing w:val="${BODY_CHAR_SPACING_TWIPS}"/>${size(FONT_SIZE.size3)}</w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${OFFICIAL_STYLE.title}"><w:name w:val="公文标题"/>` +
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
    `<w:pPr><w:keepNext/><w:keepLines/><w:snapToGrid w:val="0"/>${exact(LINE_PITCH_TWIPS)}<w:jc w:val="center"/></w:pPr>` +
    `<w:rPr>${fonts(OFFICIAL_FONT.title)}<w:spacing w:val="0"/>${size(FONT_SIZE.size2)}</w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${OFFICIAL_STYLE.tableText}"><w:name w:val="公文表格"/>` +
    '<w:basedOn w:val="Normal"/><w:qFormat/>' +
    `<w:pPr><w:snapToGrid w:val="0"/>${exact(TABLE_LINE_TWIPS, TABLE_LINE.before, TABLE_LINE.after)}<w:jc w:val="center"/></w:pPr>` +
    `<w:rPr><w:spacing w:val="0"/>${size(FONT_SIZE.small4)}</w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${OFFICIAL_STYLE.pageNumber}"><w:name w:val="公文页码"/>` +
    '<w:basedOn w:val="Normal"/>' +
    `<w:pPr><w:snapToGrid w:val="0"/>${exact(PAGE_NUMBER_LINE_TWIPS)}</w:pPr>` +
    `<w:rPr>${fonts(OFFICIAL_FONT.pageNumber)}<w:spacing w:val="0"/>${size(FONT_SIZE.size4)}</w:rPr></w:style>` +
    // docx's separator footnote and endnote refer to these two.
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>' +
    '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
    '<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/>' +
    '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '</w:styles>'
  );
}

/** A run of text in one of the official typefaces (all scripts in that face, so digits match). */
export function officialRun(
  text: string,
  font: OfficialFont = OFFICIAL_FONT.body,
  options: { size?: number; bold?: boolean } = {},
): TextRun {
  const size = options.size ?? FONT_SIZE.size3;
  return new TextRun({
    text,
    font: { ascii: font, eastAsia: font, hAnsi: font, cs: font, hint: 'eastAsia' },
    size,
    // Only 3号 text is condensed: it is what the 28-characters line is measured in.
    ...(size === FONT_SIZE.size3 ? { characterSpacing: BODY_CHAR_SPACING_TWIPS } : {}),
    ...(options.bold ? { bold: true } : {}),
  });
}

// Every text paragraph sits on the 28.95 pt line, exact: no font's line height can push the page
// off its 22 lines, and LibreOffice and Word agree on where each line falls.
const EXACT_LINE = { line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
const FIRST_LINE_TWO_CHARS = { firstLine: 2 * CHAR_TWIPS } as const;

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
function visualWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return width;
}

// ---------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------

/** A column of an official table: header text, share of the 156 mm width in mm, and alignment. */
export interface OfficialTableColumn {
  header: string;
  widthMm: number;
  align?: 'left' | 'center' | 'right';
}

const TABLE_BORDER = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
// Table text is 小四 on an exact 18 pt line, tighter than the body's 28.95 pt: a ranked table of twenty
// units then still fits on a page.
const TABLE_LINE_TWIPS = 360;
const TABLE_LINE = { line: TABLE_LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 30, after: 30 } as const;

function tableCellParagraph(text: string, align: 'left' | 'center' | 'right', font: OfficialFont): Paragraph {
  return new Paragraph({
    style: OFFICIAL_STYLE.tableText,
    spacing: TABLE_LINE,
    alignment:
      align === 'left' ? AlignmentType.LEFT : align === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER,
    children: [officialRun(text, font, { size: FONT_SIZE.small4 })],
  });
}

/**
 * A table as wide as the text block (100 %, fixed layout, explicit column widths summing to 8844
 * twips), 小四 仿宋 cells, a 黑体 header row repeated on every page, rows that do not split across pages.
 * Column widths are scaled to 156 mm whatever they add up to.
 */
export function officialTable(
  columns: readonly OfficialTableColumn[],
  rows: readonly (readonly string[])[],
): Table {
  const totalMm = columns.reduce((sum, c) => sum + c.widthMm, 0);
  const widths = columns.map((c) => Math.floor((c.widthMm / totalMm) * TEXT_WIDTH_TWIPS));
  // Give the rounding remainder to the widest column so the grid adds up to the text width exactly.
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = (widths[widest] ?? 0) + TEXT_WIDTH_TWIPS - widths.reduce((a, b) => a + b, 0);

  const cell = (text: string, i: number, header: boolean): TableCell =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 60, right: 60 },
      children: [
        tableCellParagraph(
          text,
          header ? 'center' : (columns[i]?.align ?? 'center'),
          header ? OFFICIAL_FONT.heading1 : OFFICIAL_FONT.body,
        ),
      ],
    });

  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: TABLE_BORDER,
      bottom: TABLE_BORDER,
      left: TABLE_BORDER,
      right: TABLE_BORDER,
      insideHorizontal: TABLE_BORDER,
      insideVertical: TABLE_BORDER,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c, i) => cell(c.header, i, true)),
      }),
      ...rows.map(
        (row) =>
          new TableRow({ cantSplit: true, children: columns.map((_, i) => cell(row[i] ?? '', i, false)) }),
      ),
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Page numbers and the document
// ---------------------------------------------------------------------------------------------

// Footer distance: the page number's line (18 pt) is centred 7 mm below the text block (一字线上距
// 版心下边缘 7 mm): 35 mm − 7 mm − 9 pt ≈ 24.8 mm from the bottom edge.
const PAGE_NUMBER_LINE_TWIPS = 360;
const FOOTER_DISTANCE_TWIPS = mmToTwips(35 - 7) - PAGE_NUMBER_LINE_TWIPS / 2;

function pageNumberFooter(side: 'left' | 'right'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: OFFICIAL_STYLE.pageNumber,
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // 单页码居右空一字，双页码居左空一字 (one 4号 character).
        indent: side === 'right' ? { right: 280 } : { left: 280 },
        spacing: { line: PAGE_NUMBER_LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: {
              ascii: OFFICIAL_FONT.pageNumber,
              eastAsia: OFFICIAL_FONT.pageNumber,
              hAnsi: OFFICIAL_FONT.pageNumber,
            },
            size: FONT_SIZE.size4,
          }),
        ],
      }),
    ],
  });
}

/** What an official document is made of: metadata and the body's paragraphs and tables. */
export interface OfficialDocumentContent {
  title: string;
  creator: string;
  children: Array<Paragraph | Table>;
}

/**
 * An official document: A4, the GB/T 9704 margins, 22 lines of 28 characters (a line grid of 28.95 pt
 * and condensed 3号 runs), 3号仿宋 as the Normal style, and page numbers "— n —" in even/odd footers
 * (odd pages right, even pages left).
 */
export function buildOfficialDocument(content: OfficialDocumentContent): Document {
  return new Document({
    title: content.title,
    creator: content.creator,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_TWIPS.width, height: A4_TWIPS.height },
            margin: { ...PAGE_MARGIN_TWIPS, header: mmToTwips(15), footer: FOOTER_DISTANCE_TWIPS, gutter: 0 },
          },
          // Line grid only: see BODY_CHAR_SPACING_TWIPS for the characters per line.
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH_TWIPS },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children: content.children,
      },
    ],
  });
}

/**
 * Packs an official document into .docx bytes, with the official styles (stylesXml) and a font table
 * that names the fallbacks (fontTableXml) in place of docx's own.
 */
export async function packOfficialDocument(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc, false, [
    { path: 'word/styles.xml', data: stylesXml() },
    { path: 'word/fontTable.xml', data: fontTableXml() },
  ]);
}

// ---------------------------------------------------------------------------------------------
// Numbers and dates as official documents write them
// ---------------------------------------------------------------------------------------------

/** "2024-08-01" → "2024年8月1日" (Arabic numerals, no leading zeros: GB/T 9704 §7.3.5). */
export function formatChineseDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) throw new Error(`not an ISO date: ${isoDate}`);
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** "2024-07" → "2024年7月". */
export function formatChineseMonth(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) throw new Error(`not a period YYYY-MM: ${period}`);
  return `${m[1]}年${Number(m[2])}月`;
}

/** An integer with thousands separators: 12345 → "12,345". */
export function formatCount(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A percentage (0..100) with one decimal: 87.456 → "87.5%". */
export function formatPercent(value: number): string {
  return `${value.toFixed(1)}%`;
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** 1 → "一", 12 → "十二", 20 → "二十": numbering of headings "一、" and "（一）" (1..99). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new Error(`heading numbers run from 1 to 99: ${n}`);
  if (n <= 10) return CHINESE_DIGITS[n] ?? '';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones === 0 ? '' : CHINESE_DIGITS[ones]}`;
}
