/**
 * The board poster drawn as SVG by hand (in millimetres of the sheet): a title, the date and counts, the
 * legend, a header, and one row per project — its public text cells, then the year's Gantt lane with the
 * baseline, the current plan, the actual progress, the nodes (late ones red, named in the last column) and
 * today's line. Sizes follow the number of rows so that a dozen projects read from a metre away on A3.
 */
import {
  axisPosition,
  boardFieldLabels,
  overlaps,
  type Board,
  type BoardField,
  type BoardRow,
} from '../../../domain/project-board';

/** Paper sizes, landscape, in millimetres. */
export const posterSizes = { A3: { width: 420, height: 297 }, A2: { width: 594, height: 420 } } as const;
export type PosterSize = keyof typeof posterSizes;

// Unquoted: resvg reads the list; the first face present wins.
export const posterFontFamily = 'WenQuanYi Zen Hei, Noto Sans CJK SC, Source Han Sans SC, sans-serif';

/** Colours with at least 4.5:1 contrast for their text on white (or white on them). */
export const boardColours = {
  ink: '#1a1a1a',
  muted: '#4b5563',
  header: '#1f3a5f',
  stripe: '#f1f4f8',
  grid: '#c7ced8',
  baseline: '#9aa3af',
  plan: '#bfd7fb',
  planEdge: '#1d4ed8',
  actual: '#1d4ed8',
  late: '#c62828',
  done: '#2e7d32',
  pending: '#6b7280',
  today: '#c62828',
  red: '#c62828',
  yellow: '#b45309',
  green: '#2e7d32',
} as const;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Estimated width of a text in em: CJK and full-width characters 1, others about 0.55. */
export function textEm(text: string): number {
  let em = 0;
  for (const ch of text) em += /[\u1100-\uffff]/.test(ch) ? 1 : 0.55;
  return em;
}

/** The text cut with an ellipsis so that it fits `width` at `font` size. */
export function fitText(text: string, width: number, font: number): string {
  if (textEm(text) * font <= width) return text;
  let out = '';
  for (const ch of text) {
    if (textEm(`${out}${ch}…`) * font > width) break;
    out += ch;
  }
  return `${out}…`;
}

/** The text broken into at most `lines` lines of `width`, the last cut with an ellipsis. */
export function wrapText(value: string, width: number, font: number, lines: number): string[] {
  const out: string[] = [];
  let rest = value;
  while (rest && out.length < lines - 1 && textEm(rest) * font > width) {
    let line = '';
    for (const ch of rest) {
      if (textEm(line + ch) * font > width) break;
      line += ch;
    }
    if (!line) break;
    out.push(line);
    rest = rest.slice(line.length);
  }
  if (rest) out.push(fitText(rest, width, font));
  return out;
}

// Column widths in em of the row font: wide enough for typical values.
const columnEm: Record<BoardField, number> = {
  code: 7,
  address: 8,
  ownerEnterprise: 8,
  name: 12,
  type: 4.8,
  source: 4.2,
  stage: 4.2,
  street: 5.4,
  leaders: 7.5,
  plannedStart: 5.6,
  plannedEnd: 5.6,
  totalInvestment: 5.4,
  annualPlan: 5.4,
  completedThisYear: 5.4,
  progressPct: 4.6,
  light: 3.8,
  nodes: 0,
};

interface Layout {
  width: number;
  height: number;
  margin: number;
  font: number;
  rowHeight: number;
  top: number;
  columns: Array<{ field: BoardField | 'index' | 'late'; x: number; width: number; label: string }>;
  gantt: { x: number; width: number } | null;
}

// Shorter headings for the sheet (the amounts' unit is said once, beside the date).
const posterLabels: Partial<Record<BoardField, string>> = {
  totalInvestment: '总投资',
  annualPlan: '年度计划',
  completedThisYear: '本年完成',
};
const labelOf = (f: BoardField) => posterLabels[f] ?? boardFieldLabels[f];

/** Rows a sheet holds before its text would fall under about 9 pt (A3) or 12 pt (A2): longer boards take more sheets. */
export function posterRowsPerPage(size: PosterSize): number {
  const { width, height } = posterSizes[size];
  const k = width / 420;
  return Math.floor((height - 2 * 12 * k - 60 * k) / (9 * k));
}

function layout(board: Board, size: PosterSize, shrink = 1): Layout {
  const { width, height } = posterSizes[size];
  const k = width / 420;
  const margin = 12 * k;
  const top = margin + 52 * k; // title, date line, legend, header
  const bottom = height - margin - 8 * k; // the footnote
  const rows = Math.max(1, board.rows.length);
  const rowHeight = Math.min(22 * k, (bottom - top) / rows);
  const font = Math.min(6 * k, Math.max(3.2, rowHeight * 0.36)) * shrink;
  const columns: Layout['columns'] = [];
  const headerFont = Math.min(font, 5.2 * k);
  // Each column as wide as its heading or its longest value, within its cap; the name takes what is left.
  const natural = (f: BoardField) => {
    const longest = Math.max(0, ...board.rows.map((r) => textEm(r.cells[f] ?? '') * font));
    const wanted = Math.max(textEm(labelOf(f)) * headerFont, longest) + font * (f === 'light' ? 1.6 : 0.9);
    return f === 'name'
      ? Math.min(Math.max(wanted / 2, 6 * font), 12 * font)
      : Math.min(wanted, columnEm[f] * font);
  };
  let x = margin;
  const add = (field: Layout['columns'][number]['field'], w: number, label: string) => {
    columns.push({ field, x, width: w, label });
    x += w;
  };
  add('index', 2.4 * font, '序号');
  for (const f of board.columns) add(f, natural(f), labelOf(f));
  const hasLate = board.rows.some((r) => r.nodes.length > 0);
  const lateWidth = hasLate ? 7 * font : 0;
  const inner = width - 2 * margin;
  // Many public fields: smaller text (never under 3.2 mm, about 9 pt) so that the Gantt keeps 40% of the sheet.
  const textWidth = x - margin + lateWidth;
  if (board.hasTimeline && textWidth > inner * 0.6 && shrink === 1 && font > 3.2) {
    const factor = Math.max(3.2 / font, (inner * 0.6) / textWidth);
    return layout(board, size, factor);
  }
  const gantt: Layout['gantt'] = board.hasTimeline ? { x, width: width - margin - x - lateWidth } : null;
  if (hasLate)
    columns.push({ field: 'late', x: width - margin - lateWidth, width: lateWidth, label: '滞后节点' });
  return { width, height, margin, font, rowHeight, top, columns, gantt };
}

function text(
  x: number,
  y: number,
  value: string,
  size: number,
  attrs: { fill?: string; weight?: string; anchor?: 'start' | 'middle' | 'end' } = {},
): string {
  return `<text x="${x.toFixed(2)}" y="${y.toFixed(2)}" font-size="${size.toFixed(2)}"${attrs.weight ? ` font-weight="${attrs.weight}"` : ''} fill="${attrs.fill ?? boardColours.ink}" text-anchor="${attrs.anchor ?? 'start'}">${escapeXml(value)}</text>`;
}

function rect(x: number, y: number, w: number, h: number, fill: string, extra = ''): string {
  return `<rect x="${x.toFixed(2)}" y="${y.toFixed(2)}" width="${Math.max(0, w).toFixed(2)}" height="${h.toFixed(2)}" fill="${fill}"${extra}/>`;
}

function legendSwatch(key: string, x: number, y: number, s: number): string {
  const c = boardColours;
  switch (key) {
    case 'baseline':
      return rect(x, y - s * 0.55, s * 2, s * 0.4, c.baseline);
    case 'plan':
      return rect(
        x,
        y - s * 0.7,
        s * 2,
        s * 0.7,
        c.plan,
        ` stroke="${c.planEdge}" stroke-width="${s * 0.08}"`,
      );
    case 'actual':
      return rect(x, y - s * 0.7, s * 2, s * 0.7, c.actual);
    case 'late':
      return rect(x, y - s * 0.65, s * 2, s * 0.55, c.late);
    case 'today':
      return `<line x1="${x + s}" y1="${y - s}" x2="${x + s}" y2="${y + s * 0.2}" stroke="${c.today}" stroke-width="${s * 0.15}" stroke-dasharray="${s * 0.3} ${s * 0.2}"/>`;
    default:
      return `<circle cx="${x + s}" cy="${y - s * 0.35}" r="${s * 0.4}" fill="${c[key as 'red' | 'yellow' | 'green']}"/>`;
  }
}

function ganttLane(
  row: BoardRow,
  board: Board,
  g: { x: number; width: number },
  y: number,
  h: number,
): string {
  const c = boardColours;
  const at = (date: string, edge: 'start' | 'end' = 'start') =>
    g.x + axisPosition(date, board.range, edge) * g.width;
  const bar = (
    span: { start: string; end: string },
    top: number,
    height: number,
    fill: string,
    extra = '',
  ) =>
    overlaps(span, board.range)
      ? rect(at(span.start), top, at(span.end, 'end') - at(span.start), height, fill, extra)
      : '';
  const out: string[] = [];
  if (row.baseline) out.push(bar(row.baseline, y + h * 0.12, h * 0.14, c.baseline));
  if (row.plan)
    out.push(
      bar(row.plan, y + h * 0.3, h * 0.3, c.plan, ` stroke="${c.planEdge}" stroke-width="${h * 0.02}"`),
    );
  if (row.actual) out.push(bar(row.actual, y + h * 0.36, h * 0.18, c.actual));
  for (const n of row.nodes) {
    if (n.late) out.push(bar(n, y + h * 0.66, h * 0.18, c.late));
    if (n.end < board.range.start || n.end > board.range.end) continue;
    const x = at(n.end, 'end');
    const r = h * 0.11;
    const cy = y + h * 0.75;
    const fill = n.late ? c.late : n.done ? c.done : c.pending;
    out.push(
      `<path d="M${(x - r).toFixed(2)} ${cy.toFixed(2)} L${x.toFixed(2)} ${(cy - r).toFixed(2)} L${(x + r).toFixed(2)} ${cy.toFixed(2)} L${x.toFixed(2)} ${(cy + r).toFixed(2)} Z" fill="${fill}"/>`,
    );
  }
  return out.join('');
}

/** The poster as an SVG document, `size` landscape, in millimetres. */
export function renderBoardSvg(board: Board, size: PosterSize): string {
  const c = boardColours;
  const L = layout(board, size);
  const k = L.width / 420;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${L.width}mm" height="${L.height}mm" viewBox="0 0 ${L.width} ${L.height}" font-family="${posterFontFamily}">`,
    rect(0, 0, L.width, L.height, '#ffffff'),
    text(L.width / 2, L.margin + 11 * k, board.title, 12 * k, {
      weight: 'bold',
      anchor: 'middle',
      fill: c.header,
    }),
  );
  const counts = board.legend.some((l) => l.key === 'red')
    ? `\u3000共 ${board.total} 个项目：滞后 ${board.counts.red} 个，预警 ${board.counts.yellow} 个，正常 ${board.counts.green} 个`
    : `\u3000共 ${board.total} 个项目`;
  const money = board.columns.some((f) => f in posterLabels) ? '\u3000金额单位：万元' : '';
  const sheet = board.page.count > 1 ? `\u3000第 ${board.page.number}/${board.page.count} 页` : '';
  out.push(
    text(L.width / 2, L.margin + 21 * k, `${board.dateLabel}${counts}${money}${sheet}`, 6 * k, {
      anchor: 'middle',
      fill: c.muted,
    }),
  );
  // Legend, centred.
  const ls = 4.6 * k;
  const items = board.legend.map((l) => ({ ...l, w: ls * 2.6 + textEm(l.label) * ls + ls * 1.6 }));
  let lx = (L.width - items.reduce((s, i) => s + i.w, 0)) / 2;
  const ly = L.margin + 31 * k;
  for (const item of items) {
    out.push(legendSwatch(item.key, lx, ly, ls), text(lx + ls * 2.5, ly, item.label, ls));
    lx += item.w;
  }
  // Header row.
  const hy = L.top - 12 * k;
  const hh = 11 * k;
  const hf = Math.min(L.font, 5.2 * k);
  out.push(rect(L.margin, hy, L.width - 2 * L.margin, hh, c.header));
  for (const col of L.columns)
    out.push(
      text(col.x + col.width / 2, hy + hh * 0.66, fitText(col.label, col.width - 1, hf), hf, {
        fill: '#ffffff',
        weight: 'bold',
        anchor: 'middle',
      }),
    );
  const bottom = L.top + L.rowHeight * board.rows.length;
  if (L.gantt) {
    const g = L.gantt;
    board.months.forEach((m, i) => {
      const x0 = g.x + axisPosition(m.start, board.range) * g.width;
      const x1 = g.x + axisPosition(m.end, board.range, 'end') * g.width;
      if (i % 2 === 1) out.push(rect(x0, L.top, x1 - x0, bottom - L.top, '#f7f9fc'));
      const mf = Math.min(hf, (x1 - x0) / 2.4);
      out.push(
        text((x0 + x1) / 2, hy + hh * 0.66, m.label, mf, {
          fill: '#ffffff',
          weight: 'bold',
          anchor: 'middle',
        }),
      );
    });
  }
  // Rows.
  board.rows.forEach((row, i) => {
    const y = L.top + i * L.rowHeight;
    if (i % 2 === 1)
      out.push(rect(L.margin, y, L.width - 2 * L.margin, L.rowHeight, c.stripe, ' fill-opacity="0.85"'));
    const base = y + L.rowHeight / 2 + L.font * 0.36;
    const twoLines = L.rowHeight >= L.font * 2.6;
    for (const col of L.columns) {
      if (col.field === 'index')
        out.push(text(col.x + col.width / 2, base, String(row.index), L.font, { anchor: 'middle' }));
      else if (col.field === 'late') {
        const f = L.font * 0.85;
        const lines = wrapText(row.lateNodes.join('、'), col.width - L.font * 0.6, f, twoLines ? 2 : 1);
        lines.forEach((line, j) =>
          out.push(
            text(col.x + L.font * 0.4, base + (j - (lines.length - 1) / 2) * f * 1.2, line, f, {
              fill: c.late,
              weight: 'bold',
            }),
          ),
        );
      } else if (col.field === 'name') {
        const lines = wrapText(row.cells.name ?? '', col.width - L.font * 0.5, L.font, twoLines ? 2 : 1);
        lines.forEach((line, j) =>
          out.push(
            text(col.x + L.font * 0.3, base + (j - (lines.length - 1) / 2) * L.font * 1.15, line, L.font, {
              weight: 'bold',
            }),
          ),
        );
      } else if (col.field === 'light' && row.light) {
        const r = L.font * 0.42;
        out.push(
          `<circle cx="${(col.x + L.font * 0.7).toFixed(2)}" cy="${(base - L.font * 0.36).toFixed(2)}" r="${r.toFixed(2)}" fill="${c[row.light]}"/>`,
        );
        out.push(
          text(col.x + L.font * 1.35, base, row.cells.light ?? '', L.font, {
            fill: c[row.light],
            weight: 'bold',
          }),
        );
      } else {
        const value = row.cells[col.field] ?? '';
        out.push(text(col.x + L.font * 0.3, base, fitText(value, col.width - L.font * 0.5, L.font), L.font));
      }
    }
    if (L.gantt) out.push(ganttLane(row, board, L.gantt, y, L.rowHeight));
    out.push(
      `<line x1="${L.margin}" y1="${(y + L.rowHeight).toFixed(2)}" x2="${L.width - L.margin}" y2="${(y + L.rowHeight).toFixed(2)}" stroke="${c.grid}" stroke-width="${0.25 * k}"/>`,
    );
  });
  if (board.rows.length === 0)
    out.push(text(L.width / 2, L.top + 30 * k, '暂无公示项目', 10 * k, { anchor: 'middle', fill: c.muted }));
  if (L.gantt) {
    const g = L.gantt;
    for (const m of board.months) {
      const x = g.x + axisPosition(m.start, board.range) * g.width;
      out.push(
        `<line x1="${x.toFixed(2)}" y1="${L.top}" x2="${x.toFixed(2)}" y2="${bottom.toFixed(2)}" stroke="${c.grid}" stroke-width="${0.2 * k}"/>`,
      );
    }
    if (board.asOf >= board.range.start && board.asOf <= board.range.end) {
      const x = g.x + axisPosition(board.asOf, board.range, 'end') * g.width;
      out.push(
        `<line x1="${x.toFixed(2)}" y1="${(L.top - 1).toFixed(2)}" x2="${x.toFixed(2)}" y2="${(bottom + 1).toFixed(2)}" stroke="${c.today}" stroke-width="${0.7 * k}" stroke-dasharray="${2.4 * k} ${1.4 * k}"/>`,
        text(x, bottom + 5 * k, '今日', 4.6 * k, { anchor: 'middle', fill: c.today, weight: 'bold' }),
      );
    }
  }
  out.push(
    text(
      L.margin,
      L.height - L.margin,
      '说明：基线为项目批准时的计划；当前计划含调整；实际进度自首个节点开工至今；红色为逾期未完成的节点。',
      4 * k,
      { fill: c.muted },
    ),
    '</svg>',
  );
  return out.join('\n');
}
