/** The published assessment results as a server-rendered page: a table per group, phone-first. */
import { chineseDate } from '../../../domain/project-board';
import { escapeXml as esc } from '../projects/board-svg';
import { renderPublicDocument } from './public-shell';
import type { TPublicResults } from './public-disclosure.schemas';

type Results = NonNullable<TPublicResults['results']>;

function groupTable(g: Results['groups'][number], i: number): string {
  const rows = g.units
    .map(
      (u) =>
        `<tr><td>${u.rank}</td><th scope="row">${esc(u.unit)}</th><td>${u.total.toFixed(2)}</td><td>${esc(u.grade)}</td></tr>`,
    )
    .join('');
  return `<section aria-labelledby="g-${i}"><h2 id="g-${i}">${esc(g.name)}</h2>
<table class="results"><caption class="muted">${esc(g.name)}共 ${g.units.length} 个单位</caption>
<thead><tr><th scope="col">名次</th><th scope="col">单位</th><th scope="col">总分</th><th scope="col">等次</th></tr></thead>
<tbody>${rows}</tbody></table></section>`;
}

export function renderPublicResultsPage(data: TPublicResults, slug: string): string {
  const r = data.results;
  const status = r
    ? r.isFinal
      ? `<p class="status final"><strong>已公示期满，以下为最终结果。</strong></p>`
      : `<p class="status"><strong>公示中</strong>：公示期 ${esc(r.publishedOn)} 至 ${esc(r.windowEndsOn)}，各单位可在公示期内提出申诉。</p>`
    : '';
  const body = r
    ? `${status}<p class="muted">第 ${r.version} 版定稿，${esc(chineseDate(r.updatedOn))}更新。</p>${r.groups.map(groupTable).join('\n')}`
    : '<p>暂无公示的考核结果。</p>';
  return renderPublicDocument({
    slug,
    current: 'results',
    district: data.district,
    title: r ? `${data.district}${r.year}年度目标考核结果公示` : `${data.district}目标考核结果公示`,
    lead: r ? (r.isFinal ? '最终结果' : `公示期至${chineseDate(r.windowEndsOn)}`) : '暂无公示',
    body,
    asOf: data.asOf,
    jsonPath: `/public/api/${encodeURIComponent(slug)}/results`,
  });
}
