/** The public tasks as a server-rendered page: a card per task, grouped by decision, phone-first. */
import { chineseDate } from '../../../domain/project-board';
import { escapeXml as esc } from '../projects/board-svg';
import { renderPublicDocument } from './public-shell';
import type { TPublicTask, TPublicTasks } from './public-disclosure.schemas';

const lightWords = { red: '红灯（滞后）', yellow: '黄灯（预警）', green: '绿灯（正常）' } as const;

function card(t: TPublicTask): string {
  const light = t.light ? `<dd class="${t.light}">${lightWords[t.light]}</dd>` : '<dd>—</dd>';
  const summary = t.publicSummary
    ? `<h4 class="muted" style="margin:8px 0 0;font-size:.95rem">最新进展（${esc(t.summaryPeriod ?? '')}）</h4><blockquote>${esc(t.publicSummary)}</blockquote>`
    : '';
  return `<li><h3>${esc(t.title)}</h3><dl class="facts">
<dt>任务编号</dt><dd>${esc(t.key)}</dd>
<dt>牵头单位</dt><dd>${esc(t.leadUnit ?? '—')}</dd>
<dt>完成时限</dt><dd>${t.dueDate ? esc(t.dueDate) : '—'}</dd>
<dt>进度</dt><dd>${t.progress}%<div class="bar" role="img" aria-label="进度 ${t.progress}%"><span style="width:${t.progress}%"></span></div></dd>
<dt>状态</dt>${light}
<dt>更新日期</dt><dd>${esc(t.updatedOn)}</dd>
</dl>${summary}</li>`;
}

export function renderPublicTasksPage(data: TPublicTasks, slug: string): string {
  const groups = new Map<string, TPublicTask[]>();
  for (const t of data.tasks) groups.set(t.decision, [...(groups.get(t.decision) ?? []), t]);
  const counts = { red: 0, yellow: 0, green: 0 };
  for (const t of data.tasks) if (t.light) counts[t.light] += 1;
  const body =
    data.tasks.length === 0
      ? '<p>暂无公开任务。</p>'
      : [...groups]
          .map(
            ([decision, list], i) =>
              `<section aria-labelledby="d-${i}"><h2 id="d-${i}">${esc(decision)}</h2><ul class="cards">${list.map(card).join('')}</ul></section>`,
          )
          .join('\n');
  return renderPublicDocument({
    slug,
    current: 'tasks',
    district: data.district,
    title: `${data.district}重点任务落实情况公开`,
    lead: `${chineseDate(data.asOf)}，共 ${data.tasks.length} 项公开任务：绿灯 ${counts.green} 项、黄灯 ${counts.yellow} 项、红灯 ${counts.red} 项`,
    body: `${body}\n<p class="muted">对以上任务有意见或建议？请到<a href="/public/${encodeURIComponent(slug)}/feedback">社情民意</a>留言。</p>`,
    asOf: data.asOf,
    jsonPath: `/public/api/${encodeURIComponent(slug)}/tasks`,
  });
}
