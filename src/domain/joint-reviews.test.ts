import { describe, expect, it } from 'vitest';
import {
  answerNeedsText,
  daysTaken,
  delayDays,
  isItemOverdue,
  isLate,
  isReviewComplete,
  reminderFor,
} from './joint-reviews';

const pending = { status: 'pending' as const, firstAnsweredOn: null };
const answered = (on: string) => ({ status: 'approved' as const, firstAnsweredOn: on });

describe('joint reviews (联审联批)', () => {
  it('a pending item is overdue from the day after the deadline; on the deadline day it is not', () => {
    expect(isItemOverdue(pending, '2026-03-10', '2026-03-10')).toBe(false);
    expect(isItemOverdue(pending, '2026-03-10', '2026-03-11')).toBe(true);
    expect(isItemOverdue(answered('2026-03-12'), '2026-03-10', '2026-03-20')).toBe(false);
    expect(
      isItemOverdue({ status: 'needs_material', firstAnsweredOn: '2026-03-05' }, '2026-03-10', '2026-03-20'),
    ).toBe(false);
  });

  it('days taken run from the opening day to the first answer, or to today while pending (calendar days)', () => {
    expect(daysTaken('2026-03-01', answered('2026-03-01'), '2026-03-20')).toBe(0);
    expect(daysTaken('2026-03-01', answered('2026-03-08'), '2026-03-20')).toBe(7);
    expect(daysTaken('2026-03-01', pending, '2026-03-20')).toBe(19);
  });

  it('the delay counts calendar days past the deadline of the first answer; the deadline day is on time', () => {
    expect(delayDays('2026-03-10', answered('2026-03-10'), '2026-12-31')).toBe(0);
    expect(delayDays('2026-03-10', answered('2026-03-11'), '2026-12-31')).toBe(1);
    expect(delayDays('2026-03-10', answered('2026-03-15'), '2026-12-31')).toBe(5);
    expect(delayDays('2026-03-10', pending, '2026-03-13')).toBe(3);
    expect(delayDays('2026-03-10', pending, '2026-03-01')).toBe(0);
    // As of a day before the late answer, the delay so far.
    expect(delayDays('2026-03-10', answered('2026-03-20'), '2026-03-12')).toBe(2);
    expect(isLate('2026-03-10', answered('2026-03-10'), '2026-12-31')).toBe(false);
    expect(isLate('2026-03-10', answered('2026-03-11'), '2026-12-31')).toBe(true);
  });

  it('the review closes only when every department approved (with or without conditions)', () => {
    expect(isReviewComplete([])).toBe(false);
    expect(isReviewComplete([{ status: 'approved' }, { status: 'approved_with_conditions' }])).toBe(true);
    expect(isReviewComplete([{ status: 'approved' }, { status: 'pending' }])).toBe(false);
    // Needs material: the department answered, but the applicant owes material; the review stays open.
    expect(isReviewComplete([{ status: 'approved' }, { status: 'needs_material' }])).toBe(false);
  });

  it('conditions and missing material need words; a plain approval does not', () => {
    expect(answerNeedsText('approved')).toBe(false);
    expect(answerNeedsText('approved_with_conditions')).toBe(true);
    expect(answerNeedsText('needs_material')).toBe(true);
  });

  it('reminds a pending item within two days of the deadline and after it, once a day', () => {
    const item = { status: 'pending' as const, remindedOn: null };
    expect(reminderFor(item, '2026-03-10', '2026-03-07')).toBeNull();
    expect(reminderFor(item, '2026-03-10', '2026-03-08')).toBe('due_soon');
    expect(reminderFor(item, '2026-03-10', '2026-03-10')).toBe('due_soon');
    expect(reminderFor(item, '2026-03-10', '2026-03-11')).toBe('overdue');
    expect(reminderFor({ ...item, remindedOn: '2026-03-11' }, '2026-03-10', '2026-03-11')).toBeNull();
    expect(reminderFor({ ...item, remindedOn: '2026-03-11' }, '2026-03-10', '2026-03-12')).toBe('overdue');
    expect(reminderFor({ status: 'approved', remindedOn: null }, '2026-03-10', '2026-03-11')).toBeNull();
  });
});
