/**
 * Rules of public disclosure and public feedback (公开, 社情民意; issue 17): which tasks of a decision are
 * public, how a message moves through the office's review, what a receipt code looks like, and how personal
 * data is taken out of a message before it is shown beside a published answer.
 */
import type { FeedbackStatus } from './vocabulary';
import type { TaskStatus } from './workflow';

/** A task is public only when its decision is marked public for all tasks, or for the chosen ones and it is chosen. */
export function isTaskPublic(scope: PublicScope, chosenTaskIds: readonly string[], taskId: string): boolean {
  if (scope === 'all') return true;
  if (scope === 'chosen') return chosenTaskIds.includes(taskId);
  return false;
}

/** Which of a decision's tasks are public (公开): none (the default), all, or the chosen ones. */
export const publicScopes = ['none', 'all', 'chosen'] as const;
export type PublicScope = (typeof publicScopes)[number];

/** Only tasks at work or done are shown: drafts, suspended and cancelled tasks never are, whatever the mark. */
export function canTaskBePublic(status: TaskStatus): boolean {
  return (
    status === 'published' ||
    status === 'in_progress' ||
    status === 'completion_requested' ||
    status === 'completed'
  );
}

export type FeedbackDecision = 'case' | 'answer' | 'close';

/**
 * What the office may still do with a message: a pending one may become a case, be answered or be closed;
 * one that became a case is answered once the case has been dealt with; answered and closed ones are final.
 */
export function canDecideFeedback(status: FeedbackStatus, decision: FeedbackDecision): boolean {
  if (status === 'pending') return true;
  if (status === 'case') return decision === 'answer';
  return false;
}

/** Receipt codes: 16 letters and digits without look-alikes (0/O, 1/I/L), in four groups: ~80 bits. */
export const receiptAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const receiptPattern = new RegExp(`^[${receiptAlphabet}]{4}(-[${receiptAlphabet}]{4}){3}$`);

/** A receipt code as the sender typed it, normalised (upper case, groups joined by '-'); null when it cannot be one. */
export function normaliseReceipt(input: string): string | null {
  const bare = input.toUpperCase().replace(/[\s-]/g, '');
  if (bare.length !== 16) return null;
  const grouped = bare.match(/.{4}/g)?.join('-') ?? '';
  return receiptPattern.test(grouped) ? grouped : null;
}

/** Formats 16 random bytes' worth of choices (each byte picks a letter) as a receipt code. */
export function receiptFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 16) throw new Error('a receipt needs 16 random bytes');
  let out = '';
  for (let i = 0; i < 16; i++) {
    out += receiptAlphabet[(bytes[i] as number) % receiptAlphabet.length];
    if (i % 4 === 3 && i < 15) out += '-';
  }
  return out;
}

const personalData: ReadonlyArray<[RegExp, string]> = [
  // 身份证号 (18 digits, the last may be X) before phone numbers, which it contains.
  [/(?<!\d)\d{17}[\dXx](?!\d)/g, '［身份证号已隐去］'],
  [/(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)/g, '［电话已隐去］'],
  [/(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g, '［电话已隐去］'],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '［邮箱已隐去］'],
];

/**
 * The message with the personal data a machine can recognise removed (ID card numbers, mobile and landline
 * numbers, e-mail addresses): the office's starting point for the public text; names and addresses are the
 * office's to remove by hand.
 */
export function redactPersonalData(text: string): string {
  return personalData.reduce((out, [pattern, mask]) => out.replace(pattern, mask), text);
}
