/**
 * The public board as a server-rendered page (甘特图公示): zh-CN, phone-first, no script, WCAG 2.1 AA — a
 * heading per part, colours of 4.5:1 or more and never colour alone (each light is also written), the Gantt
 * as an SVG with a text alternative, and the same facts in a table (and each project's nodes in a list).
 */
import {
  axisPosition,
  boardFieldLabels,
  chineseDate,
  overlaps,
  type Board,
  type BoardNode,
  type BoardRow,
  type PublicProject,
} from '../../../domain/project-board';
import { boardColours as c, escapeXml as esc } from './board-svg';
import { publicNav } from '../public-disclosure/public-shell';

const style = `
*{box-sizing:border-box}
body{margin:0;font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;color:${c.ink};background:#fff;line-height:1.6;font-size:16px}
header{background:${c.header};color:#fff;padding:16px}
header h1{margin:0;font-size:1.35rem;line-height:1.35}
header p{margin:4px 0 0;font-size:.95rem}
main{padding:12px 16px;max-width:1100px;margin:0 auto}
h2{font-size:1.15rem;margin:20px 0 8px;color:${c.header}}
.legend{display:flex;flex-wrap:wrap;gap:6px 16px;padding:0;margin:0 0 8px;list-style:none;font-size:.9rem}
.legend span{display:inline-block;width:22px;height:10px;margin-right:6px;vertical-align:middle;border-radius:2px}
figure{margin:0}
svg{width:100%;height:auto;display:block}
figcaption{font-size:.9rem;color:${c.muted}}
.scroll{overflow-x:auto;border:1px solid ${c.grid}}
.scroll:focus{outline:3px solid ${c.planEdge}}
table{border-collapse:collapse;width:100%;min-width:640px;font-size:.95rem}
caption{text-align:left;padding:6px 8px;color:${c.muted}}
th,td{border-bottom:1px solid ${c.grid};padding:8px;text-align:left;vertical-align:top}
thead th{background:${c.header};color:#fff;white-space:nowrap}
tbody tr:nth-child(even){background:${c.stripe}}
.red{color:${c.red};font-weight:bold}.yellow{color:${c.yellow};font-weight:bold}.green{color:${c.green};font-weight:bold}
.late{color:${c.late};font-weight:bold}
details{border-bottom:1px solid ${c.grid};padding:8px 0}
summary{cursor:pointer;font-weight:bold}
ul.nodes{margin:6px 0 0;padding-left:20px}
nav.public-nav{background:#e8edf4;border-bottom:1px solid ${c.grid}}
nav.public-nav ul{display:flex;flex-wrap:wrap;gap:4px;margin:0 auto;padding:6px 12px;list-style:none;max-width:1100px}
nav.public-nav a{display:block;padding:8px 12px;border-radius:4px;color:${c.header};text-decoration:none;font-weight:bold}
nav.public-nav a[aria-current="page"]{background:${c.header};color:#fff}
nav.public-nav a:focus{outline:3px solid ${c.planEdge}}
footer{padding:16px;color:${c.muted};font-size:.85rem;max-width:1100px;margin:0 auto}
a{color:${c.planEdge}}
`;

const lightClass = { red: 'red', yellow: 'yellow', green: 'green' } as const;

function swatch(key: string): string {
  const colour =
    key === 'baseline'
      ? c.baseline
      : key === 'plan'
        ? c.plan
        : key === 'actual'
          ? c.actual
          : key === 'late' || key === 'today'
            ? c.late
            : c[key as 'red' | 'yellow' | 'green'];
  const border = key === 'plan' ? `;border:1px solid ${c.planEdge}` : '';
  return `<span style="background:${colour}${border}" aria-hidden="true"></span>`;
}

/** The phone Gantt: a lane per project under its name, the year's months across, today's line. */
function ganttSvg(board: Board): string {
  const W = 360;
  const left = 8;
  const right = W - 8;
  const rowH = 44;
  const top = 26;
  const height = top + board.rows.length * rowH + 8;
  const x = (d: string, edge: 'start' | 'end' = 'start') =>
    left + axisPosition(d, board.range, edge) * (right - left);
  const bar = (s: { start: string; end: string }, y: number, h: number, fill: string, extra = '') =>
    overlaps(s, board.range)
      ? `<rect x="${x(s.start).toFixed(1)}" y="${y}" width="${Math.max(1, x(s.end, 'end') - x(s.start)).toFixed(1)}" height="${h}" fill="${fill}"${extra}/>`
      : '';
  const out: string[] = [
    `<svg viewBox="0 0 ${W} ${height}" role="img" aria-labelledby="gantt-title gantt-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="gantt-title">${esc(board.title)}</title>`,
    `<desc id="gantt-desc">${esc(`${board.rows.length} 个项目的计划与实际进度条形图，${board.dateLabel}；详见下方表格。`)}</desc>`,
  ];
  board.months.forEach((m, i) => {
    const x0 = x(m.start);
    const x1 = x(m.end, 'end');
    if (i % 2 === 1)
      out.push(
        `<rect x="${x0.toFixed(1)}" y="${top - 4}" width="${(x1 - x0).toFixed(1)}" height="${height - top - 4}" fill="#f3f5f9"/>`,
      );
    out.push(
      `<text x="${((x0 + x1) / 2).toFixed(1)}" y="16" font-size="11" text-anchor="middle" fill="${c.ink}">${i + 1}</text>`,
    );
  });
  board.rows.forEach((r: BoardRow, i) => {
    const y = top + i * rowH;
    const name = `${r.index}. ${r.cells.name ?? r.key}`;
    out.push(
      `<text x="${left}" y="${y + 12}" font-size="13" font-weight="bold" fill="${c.ink}">${esc(name.length > 24 ? `${name.slice(0, 23)}…` : name)}</text>`,
    );
    if (r.light) out.push(`<circle cx="${right - 6}" cy="${y + 7}" r="5" fill="${c[r.light]}"/>`);
    if (r.baseline) out.push(bar(r.baseline, y + 17, 4, c.baseline));
    if (r.plan) out.push(bar(r.plan, y + 23, 10, c.plan, ` stroke="${c.planEdge}" stroke-width="0.8"`));
    if (r.actual) out.push(bar(r.actual, y + 25, 6, c.actual));
    for (const n of r.nodes) if (n.late) out.push(bar(n, y + 35, 5, c.late));
  });
  if (board.asOf >= board.range.start && board.asOf <= board.range.end) {
    const t = x(board.asOf, 'end').toFixed(1);
    out.push(
      `<line x1="${t}" y1="${top - 6}" x2="${t}" y2="${height - 4}" stroke="${c.today}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}

function nodeLine(n: BoardNode): string {
  const done = n.actualEnd ? `，已完成 ${n.actualEnd}` : n.actualStart ? `，${n.actualStart} 开始` : '';
  const baseline = n.baselineEnd && n.baselineEnd !== n.plannedEnd ? `（基线 ${n.baselineEnd}）` : '';
  const late = n.late ? '<strong class="late">【滞后】</strong>' : '';
  return `<li>${late}${esc(n.name)}：计划 ${n.plannedStart} 至 ${n.plannedEnd}${baseline}${done}</li>`;
}

/** The whole page. `projects` are the same public projects as the JSON, in the board's order. */
export function renderPublicPage(board: Board, projects: readonly PublicProject[], slug: string): string {
  const counts = board.columns.includes('light')
    ? `，滞后 ${board.counts.red} 个、预警 ${board.counts.yellow} 个、正常 ${board.counts.green} 个`
    : '';
  const head = board.columns.map((f) => `<th scope="col">${boardFieldLabels[f]}</th>`).join('');
  const dates = board.rows.some((r) => r.plan) ? '<th scope="col">计划工期</th>' : '';
  const rows = board.rows
    .map((r) => {
      const cells = board.columns
        .map((f) => {
          const value = esc(r.cells[f] ?? '');
          if (f === 'name') return `<th scope="row">${value}</th>`;
          if (f === 'light' && r.light) return `<td class="${lightClass[r.light]}">${value}</td>`;
          return `<td>${value}</td>`;
        })
        .join('');
      const span = dates ? `<td>${r.plan ? `${r.plan.start} 至 ${r.plan.end}` : ''}</td>` : '';
      return `<tr><td>${r.index}</td>${cells}${span}</tr>`;
    })
    .join('');
  const nodes = projects
    .filter((p) => p.nodes && p.nodes.length > 0)
    .map((p) => {
      const late = (p.nodes ?? []).filter((n) => n.late).length;
      const summary = `${esc(p.name ?? p.key)}（${p.nodes?.length ?? 0} 个节点${late ? `，<span class="late">滞后 ${late} 个</span>` : ''}）`;
      return `<details><summary>${summary}</summary><ul class="nodes">${(p.nodes ?? []).map(nodeLine).join('')}</ul></details>`;
    })
    .join('');
  const legend = board.legend.map((l) => `<li>${swatch(l.key)}${esc(l.label)}</li>`).join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(board.title)}</title>
<style>${style}</style>
</head>
<body>
<header><h1>${esc(board.title)}</h1><p>${esc(board.dateLabel)}，共 ${board.rows.length} 个公示项目${counts}</p></header>
${publicNav(slug, 'projects')}
<main>
${
  board.rows.length === 0
    ? '<p>暂无公示项目。</p>'
    : `${
        board.hasTimeline
          ? `<section aria-labelledby="h-gantt"><h2 id="h-gantt">推进甘特图</h2><ul class="legend">${legend}</ul><figure>${ganttSvg(board)}<figcaption>横轴为 ${board.year} 年 1—12 月；图中内容与下方表格相同。</figcaption></figure></section>`
          : ''
      }
<section aria-labelledby="h-table"><h2 id="h-table">项目一览表</h2><div class="scroll" role="region" aria-labelledby="h-table" tabindex="0"><table><caption>${esc(board.dateLabel)}，左右滑动查看全部列</caption><thead><tr><th scope="col">序号</th>${head}${dates}</tr></thead><tbody>${rows}</tbody></table></div></section>
${nodes ? `<section aria-labelledby="h-nodes"><h2 id="h-nodes">推进节点</h2>${nodes}</section>` : ''}`
}
</main>
<footer>本页由${esc(board.district)}公开，仅含经审核的公示信息，${esc(chineseDate(board.asOf))}更新。数据接口：<a href="../api/${encodeURIComponent(slug)}/projects">JSON</a></footer>
</body>
</html>`;
}
