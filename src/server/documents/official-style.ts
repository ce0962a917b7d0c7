/**
 * GB/T 9704-2012 page geometry, the official typefaces and the styles part of an official document:
 * the ground every block of official-format.ts stands on.
 */
import { LineRuleType, TextRun } from 'docx';

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
// missing. charset 86 (hexadecimal, 134) = GB2312; panose as the fonts declare it.
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

// The code pages and Unicode ranges each face covers, as Windows' 宋体/仿宋 declare them: csb0 bit 18 is code
// page 936 (Simplified Chinese), so Word matches a missing face to an installed Chinese one, never a Latin one.
const GB2312_SIGNATURE =
  '<w:sig w:usb0="00000003" w:usb1="288F0000" w:usb2="00000016" w:usb3="00000000" w:csb0="00040001" w:csb1="00000000"/>';

export function fontTableXml(): string {
  const fonts = FONT_TABLE.map(
    (f) =>
      `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/><w:panose1 w:val="${f.panose}"/>` +
      `<w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/>${GB2312_SIGNATURE}</w:font>`,
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

// Table text is 小四 on an exact 18 pt line, tighter than the body's 28.95 pt: a ranked table of twenty
// units then still fits on a page.
export const TABLE_LINE_TWIPS = 360;
export const TABLE_LINE = {
  line: TABLE_LINE_TWIPS,
  lineRule: LineRuleType.EXACT,
  before: 30,
  after: 30,
} as const;
// The page number's line in the footer (18 pt).
export const PAGE_NUMBER_LINE_TWIPS = 360;

// 不允许标点溢出边界: Word, WPS and LibreOffice otherwise hang a closing "，" or "：" at the end of a full line
// into the right margin, a character beyond the text block (版心). Without hanging, the line is set closer or the
// character before the mark moves down with it (避头尾), and every character stays within the 156 mm.
// LibreOffice (7.4) does not read this setting and still hangs the mark (test/documents allows for it).
const NO_HANGING_PUNCTUATION = '<w:overflowPunct w:val="0"/>';

// The styles part, written out rather than built with docx's style options because docx cannot say
// <w:snapToGrid w:val="0"/> on a paragraph: without it LibreOffice puts every line of a table cell, and
// every line of the 2号 title, on a whole 28.95 pt grid line (Word leaves exact-spaced lines alone).
// Normal says 3号 itself: LibreOffice takes the grid's base size from the Normal style, not the defaults.
export function stylesXml(): string {
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
    `<w:pPrDefault><w:pPr>${NO_HANGING_PUNCTUATION}${exact(LINE_PITCH_TWIPS)}</w:pPr></w:pPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>' +
    `<w:pPr><w:widowControl w:val="0"/>${NO_HANGING_PUNCTUATION}${exact(LINE_PITCH_TWIPS)}<w:jc w:val="both"/></w:pPr>` +
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
export const EXACT_LINE = {
  line: LINE_PITCH_TWIPS,
  lineRule: LineRuleType.EXACT,
  before: 0,
  after: 0,
} as const;
export const FIRST_LINE_TWO_CHARS = { firstLine: 2 * CHAR_TWIPS } as const;
