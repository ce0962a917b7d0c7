/**
 * The public survey pages (满意度测评), server-rendered with plain HTML forms (no script), phone-first: the
 * entry page where a code is typed, the answering form, a clear page for a code that cannot be answered, and
 * the thanks page.
 */
import { escapeXml as esc } from '../projects/board-svg';
import { renderPublicDocument } from '../public-disclosure/public-shell';
import type { PublicSurveyRefusal } from './find-public-survey';
import type { TPublicSurvey } from './surveys.schemas';

const fivePointWords = ['很不满意', '不满意', '一般', '满意', '很满意'];
const levelWords = [
  ['satisfied', '满意'],
  ['basically_satisfied', '基本满意'],
  ['dissatisfied', '不满意'],
] as const;

const refusalWords: Record<PublicSurveyRefusal, { title: string; text: string }> = {
  mistyped: {
    title: '测评码有误',
    text: '请核对测评卡上的 10 位测评码（形如 ABCDE-FGHJK，不区分大小写）后重新输入。',
  },
  unknown: { title: '没有找到这个测评码', text: '请核对测评卡上的测评码，或联系发放测评卡的工作人员。' },
  used: { title: '该测评码已经使用过', text: '每个测评码只能作答一次，您的意见已经收到。感谢您的参与！' },
  not_yet: { title: '测评尚未开始', text: '该测评还没有开始，请在测评期间再来作答。' },
  ended: { title: '测评已经结束', text: '该测评已经结束，不再接收答卷。感谢您的关注！' },
  full: { title: '答卷已达上限', text: '该测评链接收到的答卷已达上限，不再接收新的答卷。感谢您的关注！' },
};

const base = (slug: string) => `/public/${encodeURIComponent(slug)}/surveys`;

function page(
  slug: string,
  district: string,
  asOf: string,
  title: string,
  lead: string,
  body: string,
): string {
  return renderPublicDocument({ slug, current: 'surveys', district, title, lead, body, asOf });
}

function codeForm(slug: string, code = '', error?: string): string {
  return `<form method="post" action="${base(slug)}">
<label for="code">测评码</label>
<input id="code" name="code" value="${esc(code)}" maxlength="20" autocomplete="off" autocapitalize="characters" inputmode="text" aria-describedby="code-hint${error ? ' code-error' : ''}"${error ? ' aria-invalid="true"' : ''} required>
${error ? `<p class="error" id="code-error">${esc(error)}</p>` : ''}<p class="hint" id="code-hint">测评卡上的 10 位测评码，如 ABCDE-FGHJK；扫描测评卡上的二维码可直接作答。</p>
<button type="submit">开始作答</button>
</form>`;
}

/** The entry page: type the code from the card (or scan its QR code, which opens the form directly). */
export function renderSurveyEntryPage(p: {
  slug: string;
  district: string;
  asOf: string;
  code?: string;
  error?: string;
}) {
  return page(
    p.slug,
    p.district,
    p.asOf,
    '满意度测评',
    '请输入测评卡上的测评码，对相关单位和工作的满意程度作出评价。',
    `<h2>输入测评码</h2>${codeForm(p.slug, p.code, p.error)}`,
  );
}

/** A code or link that cannot be answered, said plainly, with the way back to the entry page. */
export function renderSurveyRefusalPage(p: {
  slug: string;
  district: string;
  asOf: string;
  reason: PublicSurveyRefusal;
}) {
  const words = refusalWords[p.reason];
  const again =
    p.reason === 'mistyped' || p.reason === 'unknown' ? `<h2>重新输入</h2>${codeForm(p.slug)}` : '';
  return page(
    p.slug,
    p.district,
    p.asOf,
    words.title,
    '满意度测评',
    `<p role="alert">${esc(words.text)}</p>${again}`,
  );
}

function questionField(
  q: TPublicSurvey['questions'][number],
  n: number,
  chosen: string | undefined,
  error: string | undefined,
): string {
  const options =
    q.scale === 'five_point'
      ? fivePointWords.map((w, i) => [String(i + 1), `${i + 1} 分 ${w}`] as const)
      : levelWords.map(([v, w]) => [v, w] as const);
  const radios = options
    .map(
      ([value, label]) =>
        `<label class="choice"><input type="radio" name="${esc(q.id)}" value="${value}"${chosen === value ? ' checked' : ''} required> ${esc(label)}</label>`,
    )
    .join('');
  const err = error ? `<p class="error" id="${esc(q.id)}-error">${esc(error)}</p>` : '';
  return `<fieldset${error ? ` aria-describedby="${esc(q.id)}-error"` : ''}><legend>${n}. ${esc(q.text)}</legend>${err}${radios}</fieldset>`;
}

const formStyle = `<style>
fieldset{border:1px solid #c9d2de;border-radius:6px;margin:12px 0;padding:8px 12px}
legend{font-weight:bold;padding:0 4px}
label.choice{display:flex;align-items:center;gap:8px;font-weight:normal;margin:0;padding:10px 4px;min-height:44px}
label.choice input{width:auto;margin:0;transform:scale(1.3)}
</style>`;

/** The answering form: one fieldset per question, radios big enough for a thumb, an optional comment. */
export function renderSurveyForm(p: {
  slug: string;
  code: string;
  asOf: string;
  survey: TPublicSurvey;
  values?: Record<string, string | undefined>;
  errors?: Record<string, string>;
}): string {
  const { survey } = p;
  const subjectField =
    survey.subjects.length === 1
      ? `<p><strong>测评对象：</strong>${esc(survey.subjects[0]?.label ?? '')}</p>`
      : `<label for="subject">测评对象</label><select id="subject" name="subject" required><option value="">请选择</option>${survey.subjects
          .map(
            (s) =>
              `<option value="${esc(s.key)}"${p.values?.subject === s.key ? ' selected' : ''}>${esc(s.label)}</option>`,
          )
          .join('')}</select>${p.errors?.subject ? `<p class="error">${esc(p.errors.subject)}</p>` : ''}`;
  const questions = survey.questions
    .map((q, i) => questionField(q, i + 1, p.values?.[q.id], p.errors?.[`values.${q.id}`]))
    .join('');
  const summary =
    p.errors && Object.keys(p.errors).length > 0
      ? `<p class="error" role="alert">还有问题没有回答，请检查标出的问题。</p>`
      : '';
  const body = `${formStyle}${survey.intro ? `<p>${esc(survey.intro)}</p>` : ''}
<p class="muted">测评截至 ${esc(survey.closesOn)}。本测评匿名进行，不收集姓名和联系方式。</p>
${summary}<form method="post" action="${base(p.slug)}/${encodeURIComponent(p.code)}">
${subjectField}
${questions}
<label for="comment">意见建议（选填）</label>
<textarea id="comment" name="comment" maxlength="2000" aria-describedby="comment-hint">${esc(p.values?.comment ?? '')}</textarea>
<p class="hint" id="comment-hint">请勿填写姓名、电话等个人信息。</p>
<button type="submit">提交</button>
</form>`;
  return page(p.slug, survey.district, p.asOf, survey.title, `${survey.district}满意度测评`, body);
}

/** Thanks, after an answer was stored. */
export function renderSurveyThanksPage(p: { slug: string; district: string; asOf: string; title: string }) {
  return page(
    p.slug,
    p.district,
    p.asOf,
    '提交成功',
    p.title,
    `<p role="status">您的答卷已经收到，感谢您参与满意度测评！</p><p><a href="/public/${encodeURIComponent(p.slug)}/tasks">查看重点任务公开</a></p>`,
  );
}
