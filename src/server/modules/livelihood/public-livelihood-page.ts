/** 民生实事 as a server-rendered page: the counts first, then a card per project by standing, phone-first. */
import { chineseDate } from '../../../domain/project-board';
import { publicLightWords, publicStandingWords, type PublicStanding } from '../../../domain/public-progress';
import { escapeXml as esc } from '../projects/board-svg';
import { renderStandingFigures } from '../public-disclosure/public-figures';
import { renderPublicDocument } from '../public-disclosure/public-shell';
import type { TPublicLivelihood, TPublicLivelihoodTask } from './livelihood.schemas';

function card(t: TPublicLivelihoodTask): string {
  const state =
    t.standing === 'done'
      ? '<dd class="green">已完成</dd>'
      : t.light
        ? `<dd class="${t.light}">${publicLightWords[t.light]}</dd>`
        : '<dd>—</dd>';
  const summary = t.publicSummary
    ? `<h4 class="muted" style="margin:8px 0 0;font-size:.95rem">最新进展（${esc(t.summaryPeriod ?? '')}）</h4><blockquote>${esc(t.publicSummary)}</blockquote>`
    : '';
  return `<li><h3>${esc(t.title)}</h3><dl class="facts">
<dt>牵头单位</dt><dd>${esc(t.leadUnit ?? '—')}</dd>
<dt>完成时限</dt><dd>${t.dueDate ? esc(chineseDate(t.dueDate)) : '—'}</dd>
<dt>进度</dt><dd>${t.progress}%<div class="bar" role="img" aria-label="进度 ${t.progress}%"><span style="width:${t.progress}%"></span></div></dd>
<dt>状态</dt>${state}
<dt>更新日期</dt><dd>${esc(chineseDate(t.updatedOn))}</dd>
</dl>${summary}</li>`;
}

const order: PublicStanding[] = ['behind', 'on_track', 'done'];

export function renderPublicLivelihoodPage(data: TPublicLivelihood, slug: string): string {
  const sections = order
    .map((standing, i) => {
      const list = data.tasks.filter((t) => t.standing === standing);
      if (list.length === 0) return '';
      return `<section aria-labelledby="s-${i}"><h2 id="s-${i}">${publicStandingWords[standing]}（${list.length} 项）</h2><ul class="cards">${list.map(card).join('')}</ul></section>`;
    })
    .join('\n');
  const body =
    data.tasks.length === 0
      ? '<p>暂无公开的民生实事项目。</p>'
      : `<section aria-labelledby="overview"><h2 id="overview">总体进展</h2>${renderStandingFigures(data.summary, '民生实事')}</section>\n${sections}`;
  return renderPublicDocument({
    slug,
    current: 'livelihood',
    district: data.district,
    title: `${data.district}民生实事项目进展`,
    lead: `截至${chineseDate(data.asOf)}，共 ${data.summary.total} 项：已完成 ${data.summary.done} 项，正常推进 ${data.summary.onTrack} 项，进展滞后 ${data.summary.behind} 项`,
    body: `${body}\n<p class="muted">对民生实事有意见或建议？请到<a href="/public/${encodeURIComponent(slug)}/feedback">社情民意</a>留言。</p>`,
    asOf: data.asOf,
    jsonPath: `/public/api/${encodeURIComponent(slug)}/livelihood`,
  });
}
