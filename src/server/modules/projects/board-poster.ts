/**
 * The board poster as files: the SVG (board-svg.ts) rasterised by resvg with the CJK face the quarterly
 * charts use, at print resolution (A3 at 300 dpi, A2 at 200 dpi: a poster read from further away, and about
 * the same number of pixels), and that PNG as the one page of a PDF (pdf-lib, no fonts to embed).
 */
import { existsSync } from 'node:fs';
import { renderAsync } from '@resvg/resvg-js';
import { PDFDocument } from 'pdf-lib';
import { boardPages, type Board } from '../../../domain/project-board';
import { CJK_FONT_FILE } from '../analysis/charts';
import { posterRowsPerPage, posterSizes, renderBoardSvg, type PosterSize } from './board-svg';

export const posterDpi: Record<PosterSize, number> = { A3: 300, A2: 200 };

const mmPerInch = 25.4;
const pointsPerMm = 72 / mmPerInch;

/** Pixels across the PNG of a size. */
export function posterPixelWidth(size: PosterSize): number {
  return Math.round((posterSizes[size].width / mmPerInch) * posterDpi[size]);
}

/** The poster as PNG bytes, rendered off the event loop. */
export async function renderBoardPng(
  board: Board,
  size: PosterSize,
  fontFile: string = CJK_FONT_FILE,
): Promise<Buffer> {
  const svg = renderBoardSvg(board, size);
  const fontFiles = existsSync(fontFile) ? [fontFile] : [];
  const image = await renderAsync(svg, {
    background: '#ffffff',
    fitTo: { mode: 'width', value: posterPixelWidth(size) },
    font: {
      fontFiles,
      loadSystemFonts: true,
      defaultFontFamily: fontFiles.length ? 'WenQuanYi Zen Hei' : 'sans-serif',
      sansSerifFamily: fontFiles.length ? 'WenQuanYi Zen Hei' : 'DejaVu Sans',
    },
  });
  return image.asPng();
}

/** The board's sheets at a size: one unless it has more rows than a sheet holds legibly. */
export function posterPages(board: Board, size: PosterSize): Board[] {
  return boardPages(board, posterRowsPerPage(size));
}

/** Each PNG on a landscape page of the size, edge to edge, with the board's title as the PDF's title. */
export async function wrapPngsInPdf(
  pngs: readonly Buffer[],
  board: Board,
  size: PosterSize,
): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(board.title);
  pdf.setSubject(board.dateLabel);
  pdf.setCreator('Luoshi 落实');
  pdf.setProducer('Luoshi 落实');
  pdf.setCreationDate(new Date(`${board.asOf}T00:00:00+08:00`));
  const { width, height } = posterSizes[size];
  for (const png of pngs) {
    const image = await pdf.embedPng(png);
    const page = pdf.addPage([width * pointsPerMm, height * pointsPerMm]);
    page.drawImage(image, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
  }
  return Buffer.from(await pdf.save());
}
