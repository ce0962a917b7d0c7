/**
 * The text of a robot message: one notice, or several merged when the robot's rate is spent (钉钉 asks for
 * exactly that: "大量发消息的场景…可以将这些信息进行整合，通过markdown消息以摘要的形式发送到群里"). Markdown
 * that 钉钉, 企业微信 and 飞书 (lark_md) all show: bold, links, line breaks. A text over the vendor's byte limit
 * is cut with "…" and keeps its link.
 */
import type { Light } from '../vocabulary';

export interface RobotNotice {
  title: string;
  body: string;
  taskCode: string | null;
  taskTitle: string | null;
  light: Light | null;
  /** The page in Luoshi, absolute; null when no public address is configured. */
  link: string | null;
}

const lightWords: Readonly<Record<Light, string>> = { red: '红灯', yellow: '黄灯', green: '绿灯' };

/** Every message names 落实: a robot guarded by a keyword (钉钉, 飞书 自定义关键词) is set up with "落实". */
export const robotKeyword = '落实';

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The longest start of `text` whose bytes, with "…" added when cut, fit `maxBytes`. */
export function cutToBytes(text: string, maxBytes: number): string {
  if (utf8Bytes(text) <= maxBytes) return text;
  const room = maxBytes - utf8Bytes('…');
  if (room <= 0) return '';
  let used = 0;
  let out = '';
  for (const ch of text) {
    const size = utf8Bytes(ch);
    if (used + size > room) break;
    used += size;
    out += ch;
  }
  return `${out}…`;
}

function headLines(n: RobotNotice): string[] {
  const lines = [`**${n.title}**`];
  if (n.taskCode || n.taskTitle)
    lines.push(`任务：${[n.taskCode, n.taskTitle].filter((s) => s && s.length > 0).join(' ')}`);
  if (n.light) lines.push(`亮灯：${lightWords[n.light]}`);
  return lines;
}

/** One notice within `maxBytes`: the body is cut first, then the head; the link is always kept whole. */
export function renderNotice(n: RobotNotice, maxBytes: number): string {
  const linkLine = n.link ? `[查看详情](${n.link})` : '';
  const tail = linkLine ? `\n${linkLine}` : '';
  const head = headLines(n).join('\n');
  const full = `${head}\n${n.body}${tail}`;
  if (utf8Bytes(full) <= maxBytes) return full;
  const headRoom = maxBytes - utf8Bytes(tail) - 1;
  if (utf8Bytes(head) >= headRoom) return `${cutToBytes(head, headRoom)}${tail}`;
  const body = cutToBytes(n.body, headRoom - utf8Bytes(head));
  return `${head}\n${body}${tail}`;
}

/** The title line of a message (钉钉 shows it in the chat list). */
export function messageTitle(notices: readonly RobotNotice[]): string {
  if (notices.length === 1) return `【${robotKeyword}】${notices[0]?.title ?? ''}`;
  return `【${robotKeyword}】${notices.length} 条通知`;
}

const separator = '\n\n---\n\n';

/**
 * The whole text of a message of one or more notices within `maxBytes`. Several notices share the room
 * evenly, so each keeps its head and link.
 */
export function renderMessage(notices: readonly RobotNotice[], maxBytes: number): string {
  const title = `### ${messageTitle(notices)}`;
  const room = maxBytes - utf8Bytes(title) - 2;
  if (notices.length === 1) return `${title}\n\n${renderNotice(notices[0] as RobotNotice, room)}`;
  const each = Math.floor((room - utf8Bytes(separator) * (notices.length - 1)) / notices.length);
  return `${title}\n\n${notices.map((n) => renderNotice(n, each)).join(separator)}`;
}

/**
 * Splits waiting notices into at most `requests` messages, in order: one notice a message while the rate
 * allows, merged otherwise (as evenly as possible), never more than `maxPerMessage` in one (a merged notice
 * keeps at least a readable share of the room). What does not fit waits for the next minute.
 */
export function planMessages<T>(waiting: readonly T[], requests: number, maxPerMessage: number): T[][] {
  if (requests <= 0 || waiting.length === 0) return [];
  const perMessage = Math.min(maxPerMessage, Math.max(1, Math.ceil(waiting.length / requests)));
  const batches: T[][] = [];
  for (let i = 0; i < waiting.length && batches.length < requests; i += perMessage)
    batches.push(waiting.slice(i, i + perMessage));
  return batches;
}

/** How many notices one message of a vendor may merge: each keeps about 300 bytes. */
export function maxNoticesPerMessage(maxBytes: number): number {
  return Math.max(1, Math.floor(maxBytes / 300));
}
