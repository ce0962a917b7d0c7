/**
 * Building blocks for Word documents in the official format of GB/T 9704-2012 (党政机关公文格式):
 * page geometry, the four official typefaces, the heading levels, tables that fit the text block,
 * page numbers "— 1 —" on alternating sides, and the issuing office and date at the end.
 * Shared by the monthly bulletin, the assessment report and the quarterly analysis.
 */
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TextRun,
} from 'docx';
import {
  A4_TWIPS,
  FONT_SIZE,
  LINE_PITCH_TWIPS,
  OFFICIAL_FONT,
  OFFICIAL_STYLE,
  PAGE_MARGIN_TWIPS,
  PAGE_NUMBER_LINE_TWIPS,
  fontTableXml,
  mmToTwips,
  stylesXml,
} from './official-style';

export * from './official-style';
export * from './official-paragraphs';
export * from './official-masthead';
export * from './official-table';
export * from './official-numbers';

// ---------------------------------------------------------------------------------------------
// Page numbers and the document
// ---------------------------------------------------------------------------------------------

// Footer distance: the page number's line (18 pt) is centred 7 mm below the text block (一字线上距
// 版心下边缘 7 mm): 35 mm − 7 mm − 9 pt ≈ 24.8 mm from the bottom edge.
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
