/** Tables of an official document: exactly as wide as the text block, 小四 on a tight exact line. */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import {
  FONT_SIZE,
  OFFICIAL_FONT,
  OFFICIAL_STYLE,
  TABLE_LINE,
  TEXT_WIDTH_TWIPS,
  officialRun,
  type OfficialFont,
} from './official-style';

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
