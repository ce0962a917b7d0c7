/**
 * The public feedback pages (社情民意), server-rendered with plain HTML forms (no script): the form with its
 * choices and the published answers, the receipt shown once, and the look-up of a receipt's answer.
 */
import { escapeXml as esc } from '../projects/board-svg';
import { renderPublicDocument } from '../public-disclosure/public-shell';
import { feedbackContactMax, feedbackMessageMax } from './feedback.schemas';
import type { TFeedbackStatus, TPublishedFeedback } from './feedback.schemas';
import type { PublicSubject } from './public-subjects';

export interface FeedbackFormState {
  values?: { about?: string; message?: string; contact?: string };
  /** Field → message, from the server's validation. */
  errors?: Record<string, string>;
}

const statusWords = {
  pending: '待处理',
  case: '已转交督办，正在办理',
  answered: '已答复',
  closed: '不予受理',
} as const;

function options(subjects: { tasks: PublicSubject[]; projects: PublicSubject[] }, chosen: string): string {
  const opt = (value: string, label: string) =>
    `<option value="${esc(value)}"${value === chosen ? ' selected' : ''}>${esc(label)}</option>`;
  const group = (label: string, prefix: string, list: PublicSubject[]) =>
    list.length
      ? `<optgroup label="${label}">${list.map((s) => opt(`${prefix}:${s.key}`, s.label)).join('')}</optgroup>`
      : '';
  return `${opt('general', '综合（不针对具体任务或项目）')}${group('公开任务', 'task', subjects.tasks)}${group('公示项目', 'project', subjects.projects)}`;
}

function fieldError(errors: Record<string, string> | undefined, field: string): string {
  const e = errors?.[field];
  return e ? `<p class="error" id="${field}-error">${esc(e)}</p>` : '';
}

function describedBy(errors: Record<string, string> | undefined, field: string, hint: string): string {
  return errors?.[field]
    ? ` aria-invalid="true" aria-describedby="${field}-error ${hint}"`
    : ` aria-describedby="${hint}"`;
}

function lookupForm(slug: string, receipt = ''): string {
  return `<form method="post" action="/public/${encodeURIComponent(slug)}/feedback/lookup">
<label for="receipt">回执码</label>
<input id="receipt" name="receipt" value="${esc(receipt)}" maxlength="32" autocomplete="off" aria-describedby="receipt-hint" required>
<p class="hint" id="receipt-hint">提交留言时页面显示的 16 位回执码，如 ABCD-EFGH-JKMN-PQRS。</p>
<button type="submit">查询</button>
</form>`;
}

export function renderFeedbackPage(page: {
  slug: string;
  district: string;
  asOf: string;
  subjects: { tasks: PublicSubject[]; projects: PublicSubject[] };
  published: TPublishedFeedback;
  state?: FeedbackFormState;
}): string {
  const { slug, state } = page;
  const v = state?.values ?? {};
  const errors = state?.errors;
  const alert = errors ? '<p class="error" role="alert">留言未提交：请按提示修改后再提交。</p>' : '';
  const published = page.published.items.length
    ? `<ul class="cards">${page.published.items
        .map(
          (i) =>
            `<li><h3>${esc(i.about)}</h3><p class="muted">${esc(i.receivedOn)} 留言</p><blockquote>${esc(i.message)}</blockquote><p><strong>答复（${esc(i.answeredOn)}）：</strong>${esc(i.answer)}</p></li>`,
        )
        .join('')}</ul>`
    : '<p>暂无公开的答复。</p>';
  const body = `<section aria-labelledby="h-form"><h2 id="h-form">我要留言</h2>${alert}
<form method="post" action="/public/${encodeURIComponent(slug)}/feedback">
<label for="about">留言事项</label>
<select id="about" name="about"${describedBy(errors, 'about', 'about-hint')}>${options(page.subjects, v.about ?? 'general')}</select>
<p class="hint" id="about-hint">可针对本区公开的任务或项目，也可提出综合性意见建议。</p>${fieldError(errors, 'about')}
<label for="message">留言内容（必填）</label>
<textarea id="message" name="message" maxlength="${feedbackMessageMax}" required${describedBy(errors, 'message', 'message-hint')}>${esc(v.message ?? '')}</textarea>
<p class="hint" id="message-hint">5 至 ${feedbackMessageMax} 字。请勿在内容中填写身份证号、住址等个人信息。</p>${fieldError(errors, 'message')}
<label for="contact">联系方式（选填）</label>
<input id="contact" name="contact" value="${esc(v.contact ?? '')}" maxlength="${feedbackContactMax}" autocomplete="tel"${describedBy(errors, 'contact', 'contact-hint')}>
<p class="hint" id="contact-hint">仅供工作人员回访，加密保存，不会公开。</p>${fieldError(errors, 'contact')}
<button type="submit">提交留言</button>
</form></section>
<section aria-labelledby="h-lookup"><h2 id="h-lookup">查询办理结果</h2>${lookupForm(slug)}</section>
<section aria-labelledby="h-answers"><h2 id="h-answers">已公开的答复</h2>${published}</section>`;
  return renderPublicDocument({
    slug,
    current: 'feedback',
    district: page.district,
    title: `${page.district}社情民意`,
    lead: '对公开的任务、项目和身边的事，您可以在这里留言；我们将认真办理并答复。',
    body,
    asOf: page.asOf,
    jsonPath: `/public/api/${encodeURIComponent(slug)}/feedback`,
  });
}

/** Shown once, after a message is sent: the receipt code is not kept in a form anyone can read back. */
export function renderReceiptPage(page: {
  slug: string;
  district: string;
  asOf: string;
  receipt: string;
}): string {
  const body = `<section aria-labelledby="h-receipt"><h2 id="h-receipt">留言已收到</h2>
<p>您的回执码是：</p><p class="receipt" id="receipt-code">${esc(page.receipt)}</p>
<p><strong>请抄下或截图保存回执码。</strong>它只显示这一次，凭它可以查询办理结果和答复。</p>
<p><a href="/public/${encodeURIComponent(page.slug)}/feedback">返回社情民意</a></p></section>`;
  return renderPublicDocument({
    slug: page.slug,
    current: 'feedback',
    district: page.district,
    title: '留言已提交',
    lead: `${page.district}社情民意`,
    body,
    asOf: page.asOf,
  });
}

export function renderLookupPage(page: {
  slug: string;
  district: string;
  asOf: string;
  receipt: string;
  status: TFeedbackStatus | null;
}): string {
  const s = page.status;
  const result = s
    ? `<dl class="facts">
<dt>留言事项</dt><dd>${esc(s.about)}</dd>
<dt>留言日期</dt><dd>${esc(s.receivedOn)}</dd>
<dt>办理状态</dt><dd><strong>${statusWords[s.status]}</strong></dd>
${s.caseOpened ? '<dt>督办</dt><dd>已转为督办件，由责任单位办理</dd>' : ''}
${s.decidedOn ? `<dt>处理日期</dt><dd>${esc(s.decidedOn)}</dd>` : ''}
</dl>${s.answer ? `<h3>答复</h3><blockquote>${esc(s.answer)}</blockquote>` : ''}${s.closeReason ? `<h3>不予受理的理由</h3><blockquote>${esc(s.closeReason)}</blockquote>` : ''}`
    : '<p class="error" role="alert">没有找到这个回执码，请核对后重试。</p>';
  return renderPublicDocument({
    slug: page.slug,
    current: 'feedback',
    district: page.district,
    title: '留言办理结果',
    lead: `${page.district}社情民意`,
    body: `<section aria-labelledby="h-result"><h2 id="h-result">查询结果</h2>${result}</section><section aria-labelledby="h-again"><h2 id="h-again">再次查询</h2>${lookupForm(page.slug, s ? '' : page.receipt)}</section>`,
    asOf: page.asOf,
  });
}
