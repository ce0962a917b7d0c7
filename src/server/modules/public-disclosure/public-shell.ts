/**
 * The frame every public page shares (公开页面): zh-CN, phone-first, no script, WCAG 2.1 AA — one h1, a nav
 * between the district's public pages (the current one marked with aria-current), colours of 4.5:1 or more,
 * a visible focus ring, a footer saying who publishes and when.
 */
import { chineseDate } from '../../../domain/project-board';
import { boardColours as c, escapeXml as esc } from '../projects/board-svg';

export type PublicPageKey =
  'tasks' | 'livelihood' | 'projects' | 'bulletins' | 'results' | 'feedback' | 'surveys';

const pages: ReadonlyArray<{ key: PublicPageKey; label: string }> = [
  { key: 'tasks', label: '重点任务公开' },
  { key: 'livelihood', label: '民生实事' },
  { key: 'projects', label: '重点项目公示' },
  { key: 'bulletins', label: '督查通报' },
  { key: 'results', label: '考核结果公示' },
  { key: 'feedback', label: '社情民意' },
  { key: 'surveys', label: '满意度测评' },
];

export const publicStyle = `
*{box-sizing:border-box}
body{margin:0;font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;color:${c.ink};background:#fff;line-height:1.6;font-size:16px}
header{background:${c.header};color:#fff;padding:16px}
header h1{margin:0;font-size:1.35rem;line-height:1.35}
header p{margin:4px 0 0;font-size:.95rem}
nav.public-nav{background:#e8edf4;border-bottom:1px solid ${c.grid}}
nav.public-nav ul{display:flex;flex-wrap:wrap;gap:4px;margin:0 auto;padding:6px 12px;list-style:none;max-width:1100px}
nav.public-nav a{display:block;padding:8px 12px;border-radius:4px;color:${c.header};text-decoration:none;font-weight:bold}
nav.public-nav a[aria-current="page"]{background:${c.header};color:#fff}
@media (max-width:480px){nav.public-nav ul{gap:2px;padding:4px 8px}nav.public-nav a{padding:6px 8px;font-size:.95rem}}
a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus{outline:3px solid ${c.planEdge};outline-offset:2px}
main{padding:12px 16px;max-width:1100px;margin:0 auto}
h2{font-size:1.15rem;margin:20px 0 8px;color:${c.header}}
.red{color:${c.red};font-weight:bold}.yellow{color:${c.yellow};font-weight:bold}.green{color:${c.green};font-weight:bold}
.muted{color:${c.muted}}
.blue{color:${c.actual};font-weight:bold}
ul.cards{list-style:none;margin:0;padding:0}
ul.cards>li{border:1px solid ${c.grid};border-radius:6px;padding:12px;margin:0 0 12px}
ul.cards h3{margin:0 0 6px;font-size:1.05rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}
dl.facts dt{color:${c.muted}}dl.facts dd{margin:0}
.bar{height:8px;background:#e5e7eb;border-radius:4px;overflow:hidden;margin-top:4px}
.bar span{display:block;height:100%;background:${c.actual}}
blockquote{margin:8px 0;padding:8px 12px;border-left:4px solid ${c.grid};background:${c.stripe}}
form label{display:block;font-weight:bold;margin:12px 0 4px}
form input,form select,form textarea{width:100%;font:inherit;padding:8px;border:1px solid ${c.muted};border-radius:4px}
form textarea{min-height:8em}
button{font:inherit;background:${c.header};color:#fff;border:0;border-radius:4px;padding:10px 20px;margin-top:12px;cursor:pointer}
.hint{font-size:.9rem;color:${c.muted};margin:2px 0 0}
.error{color:${c.red};font-weight:bold}
.receipt{font-size:1.6rem;font-weight:bold;letter-spacing:.08em;font-family:monospace;background:${c.stripe};padding:8px 12px;display:inline-block}
table.results{width:100%;border-collapse:collapse;margin:0 0 12px}
table.results th,table.results td{border-bottom:1px solid ${c.grid};padding:8px 6px;text-align:left}
table.results thead th{background:${c.stripe}}
table.results caption{text-align:left;padding:4px 0}
p.status{padding:8px 12px;background:${c.stripe};border-left:4px solid ${c.header}}
ul.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(120px,1fr));gap:8px;list-style:none;margin:8px 0;padding:0}
ul.figures li{border:1px solid ${c.grid};border-radius:6px;padding:8px 12px}
ul.figures strong{display:block;font-size:1.6rem;line-height:1.2}
.stack{display:flex;height:14px;border-radius:7px;overflow:hidden;background:#e5e7eb;margin:4px 0 12px}
.stack span{display:block;height:100%}
.stack .done{background:${c.green}}.stack .on_track{background:${c.actual}}.stack .behind{background:${c.red}}
.foreword{white-space:pre-wrap}
table.results td.num,table.results th.num{text-align:right;white-space:nowrap}
.table-wrap{overflow-x:auto}
footer{padding:16px;color:${c.muted};font-size:.85rem;max-width:1100px;margin:0 auto}
a{color:${c.planEdge}}
`;

/** The nav between the district's public pages; links are relative to /public/<slug>/. */
export function publicNav(slug: string, current: PublicPageKey): string {
  const items = pages
    .map(
      (p) =>
        `<li><a href="/public/${encodeURIComponent(slug)}/${p.key}"${p.key === current ? ' aria-current="page"' : ''}>${p.label}</a></li>`,
    )
    .join('');
  return `<nav class="public-nav" aria-label="公开栏目">${`<ul>${items}</ul>`}</nav>`;
}

/** A whole public page around `body` (already escaped HTML). */
export function renderPublicDocument(page: {
  slug: string;
  current: PublicPageKey;
  district: string;
  title: string;
  lead: string;
  body: string;
  asOf: string;
  jsonPath?: string;
}): string {
  const json = page.jsonPath ? `数据接口：<a href="${page.jsonPath}">JSON</a>` : '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(page.title)} - ${esc(page.district)}</title>
<style>${publicStyle}</style>
</head>
<body>
<header><h1>${esc(page.title)}</h1><p>${esc(page.lead)}</p></header>
${publicNav(page.slug, page.current)}
<main>
${page.body}
</main>
<footer>本页由${esc(page.district)}公开，仅含经审核的公开信息，${esc(chineseDate(page.asOf))}更新。${json}</footer>
</body>
</html>`;
}

export const publicNotFoundPage =
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>页面不存在</title></head><body><main><h1>页面不存在</h1><p>没有找到这个公开页面，请核对网址。</p></main></body></html>';
