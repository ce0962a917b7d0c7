/** 督查通报（公开版） as server-rendered pages: the list, and one bulletin's public version; phone-first. */
import { chineseDate } from '../../../domain/project-board';
import { publicLightWords, publicStandingWords } from '../../../domain/public-progress';
import { escapeXml as esc } from '../projects/board-svg';
import { renderStandingFigures } from '../public-disclosure/public-figures';
import { renderPublicDocument } from '../public-disclosure/public-shell';
import type { PublicBulletinsEntry } from './get-public-bulletins';
import type { TPublicBulletin } from './public-bulletins.schemas';

const enc = encodeURIComponent;

export function renderPublicBulletinList(data: PublicBulletinsEntry, slug: string): string {
  const items = data.bulletins
    .map(
      (b) => `<li><h3><a href="/public/${enc(slug)}/bulletins/${enc(b.period)}">${esc(b.title)}</a></h3>
<dl class="facts"><dt>期数</dt><dd>${esc(b.issue ?? '—')}</dd><dt>印发日期</dt><dd>${esc(chineseDate(b.publishedOn))}</dd><dt>更新日期</dt><dd>${esc(chineseDate(b.updatedOn))}</dd></dl></li>`,
    )
    .join('');
  return renderPublicDocument({
    slug,
    current: 'bulletins',
    district: data.district,
    title: `${data.district}督查通报（公开版）`,
    lead: `共 ${data.bulletins.length} 期公开通报`,
    body:
      data.bulletins.length === 0
        ? '<p>暂无公开的督查通报。</p>'
        : `<ul class="cards">${items}</ul>\n<p class="muted">公开版只含汇总数据和已公开任务的进展，不含内部督查事项。</p>`,
    asOf: data.asOf,
    jsonPath: `/public/api/${enc(slug)}/bulletins`,
  });
}

function taskRow(t: TPublicBulletin['tasks'][number]): string {
  const state =
    t.standing === 'done'
      ? `<span class="green">${publicStandingWords.done}</span>`
      : t.light
        ? `<span class="${t.light}">${publicLightWords[t.light]}</span>`
        : '—';
  return `<li><h3>${esc(t.title)}${t.livelihood ? ' <span class="muted">（民生实事）</span>' : ''}</h3><dl class="facts">
<dt>所属部署</dt><dd>${esc(t.decision)}</dd>
<dt>牵头单位</dt><dd>${esc(t.leadUnit ?? '—')}</dd>
<dt>完成时限</dt><dd>${t.dueDate ? esc(chineseDate(t.dueDate)) : '—'}</dd>
<dt>进度</dt><dd>${t.progress === null ? '暂无审核通过的进展' : `${t.progress}%<div class="bar" role="img" aria-label="进度 ${t.progress}%"><span style="width:${t.progress}%"></span></div>`}</dd>
<dt>状态</dt><dd>${state}</dd>
</dl></li>`;
}

export function renderPublicBulletinPage(
  data: PublicBulletinsEntry,
  b: TPublicBulletin,
  slug: string,
): string {
  const foreword = b.foreword
    ? `<section aria-labelledby="foreword"><h2 id="foreword">前言</h2><p class="foreword">${esc(b.foreword)}</p></section>`
    : '';
  const decisions = b.decisions
    .map(
      (d) =>
        `<tr><th scope="row">${esc(d.title)}</th><td class="num">${d.total}</td><td class="num">${d.done}</td><td class="num">${d.onTrack}</td><td class="num">${d.behind}</td></tr>`,
    )
    .join('');
  const decisionTable = b.decisions.length
    ? `<section aria-labelledby="by-decision"><h2 id="by-decision">各项决策部署落实情况</h2><div class="table-wrap"><table class="results"><caption class="muted">单位：项</caption>
<thead><tr><th scope="col">决策部署</th><th scope="col" class="num">任务</th><th scope="col" class="num">已完成</th><th scope="col" class="num">正常推进</th><th scope="col" class="num">进展滞后</th></tr></thead>
<tbody>${decisions}</tbody></table></div></section>`
    : '';
  const tasks = b.tasks.length
    ? `<section aria-labelledby="tasks"><h2 id="tasks">公开任务和民生实事进展</h2><ul class="cards">${b.tasks.map(taskRow).join('')}</ul></section>`
    : '';
  const body = `${foreword}
<section aria-labelledby="overall"><h2 id="overall">总体情况</h2>
<p>截至${esc(chineseDate(b.figuresAsOf))}，全区共有决策部署任务 ${b.overall.total} 项，已完成 ${b.overall.done} 项，完成率 ${b.overall.completionRate}%。</p>
${renderStandingFigures(b.overall, '任务总数')}</section>
${decisionTable}
${tasks}
<p class="muted">本公开版由督查通报整理，只含汇总数据和已公开任务的进展；更新于${esc(chineseDate(b.updatedOn))}。<a href="/public/${enc(slug)}/bulletins">返回通报列表</a></p>`;
  return renderPublicDocument({
    slug,
    current: 'bulletins',
    district: data.district,
    title: `${data.district}${b.title}`,
    lead: [b.issue, `${chineseDate(b.publishedOn)}印发`].filter(Boolean).join(' · '),
    body,
    asOf: data.asOf,
    jsonPath: `/public/api/${enc(slug)}/bulletins/${enc(b.period)}`,
  });
}
