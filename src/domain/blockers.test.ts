import { describe, expect, it } from 'vitest';
import {
  blockerAgeDays,
  defaultEscalationDays,
  isBlockerLightDue,
  isEscalationDue,
  levelDeadline,
  mayEscalate,
  nextLevel,
  oldestLightBlocker,
  ownerAt,
  statusAfterReject,
  statusAllows,
} from './blockers';
import { calendarOf, emptyCalendar } from './calendar/working-days';
import { blockerStatuses } from './vocabulary';

const days = { unit: 5, leader: 3, meeting: 10 };

describe('the blocker ladder', () => {
  it('climbs unit → leader → meeting → committee and stops at the top', () => {
    expect(nextLevel('unit')).toBe('leader');
    expect(nextLevel('leader')).toBe('meeting');
    expect(nextLevel('meeting')).toBe('committee');
    expect(nextLevel('committee')).toBeNull();
    expect(defaultEscalationDays.unit).toBeGreaterThan(0);
  });

  it('a level lasts its working days from the day reached; the day after the last it is due', () => {
    // Monday 8 June 2026 + 5 working days = Monday 15 June.
    expect(levelDeadline('unit', '2026-06-08', days, emptyCalendar)).toBe('2026-06-15');
    const b = { level: 'unit' as const, status: 'open' as const, levelSince: '2026-06-08' };
    expect(isEscalationDue(b, '2026-06-15', days, emptyCalendar)).toBe(false);
    expect(isEscalationDue(b, '2026-06-16', days, emptyCalendar)).toBe(true);
    // Leader: 3 working days from Tuesday 16 June with the Dragon Boat holiday on Friday 19: Monday 22.
    const dragonBoat = calendarOf([{ date: '2026-06-19', kind: 'holiday' }]);
    expect(levelDeadline('leader', '2026-06-16', days, dragonBoat)).toBe('2026-06-22');
    const l = { level: 'leader' as const, status: 'open' as const, levelSince: '2026-06-16' };
    expect(isEscalationDue(l, '2026-06-22', days, dragonBoat)).toBe(false);
    expect(isEscalationDue(l, '2026-06-23', days, dragonBoat)).toBe(true);
    expect(isEscalationDue(l, '2026-06-22', days, emptyCalendar)).toBe(true);
    expect(levelDeadline('meeting', '2026-06-01', days, emptyCalendar)).toBe('2026-06-15');
  });

  it('only open blockers climb by time, and never past the committee', () => {
    for (const status of blockerStatuses)
      expect(
        isEscalationDue(
          { level: 'unit', status, levelSince: '2026-01-01' },
          '2026-06-01',
          days,
          emptyCalendar,
        ),
        status,
      ).toBe(status === 'open');
    expect(levelDeadline('committee', '2026-01-01', days, emptyCalendar)).toBeNull();
    expect(
      isEscalationDue(
        { level: 'committee', status: 'open', levelSince: '2026-01-01' },
        '2026-06-01',
        days,
        emptyCalendar,
      ),
    ).toBe(false);
  });

  it('the owner: the unit, then the contracting leader (or the office without one), then the office', () => {
    const facts = { ownerUnitId: 'u1', contractingLeaderId: 'l1' };
    expect(ownerAt('unit', facts)).toEqual({ kind: 'unit', unitId: 'u1' });
    expect(ownerAt('leader', facts)).toEqual({ kind: 'leader', userId: 'l1' });
    expect(ownerAt('leader', { ...facts, contractingLeaderId: null })).toEqual({ kind: 'office' });
    expect(ownerAt('meeting', facts)).toEqual({ kind: 'office' });
    expect(ownerAt('committee', facts)).toEqual({ kind: 'office' });
  });

  it('transitions per status', () => {
    expect(statusAllows('open', 'resolve')).toBe(true);
    expect(statusAllows('coordinating', 'escalate')).toBe(true);
    expect(statusAllows('open', 'confirm')).toBe(false);
    expect(statusAllows('pending_confirmation', 'confirm')).toBe(true);
    expect(statusAllows('pending_confirmation', 'reject')).toBe(true);
    expect(statusAllows('pending_confirmation', 'resolve')).toBe(false);
    expect(statusAllows('pending_confirmation', 'close')).toBe(true);
    for (const action of ['escalate', 'resolve', 'confirm', 'reject', 'close', 'attach'] as const) {
      expect(statusAllows('resolved', action)).toBe(false);
      expect(statusAllows('closed', action)).toBe(false);
    }
    expect(mayEscalate({ level: 'meeting', status: 'open' })).toBe(true);
    expect(mayEscalate({ level: 'committee', status: 'open' })).toBe(false);
    expect(mayEscalate({ level: 'unit', status: 'pending_confirmation' })).toBe(false);
    expect(statusAfterReject(true)).toBe('coordinating');
    expect(statusAfterReject(false)).toBe('open');
  });

  it('blocker_open: older than N calendar days, open or coordinating; on day N exactly not yet', () => {
    const b = { status: 'open' as const, raisedOn: '2026-06-01' };
    expect(isBlockerLightDue(b, '2026-06-15', 14)).toBe(false);
    expect(isBlockerLightDue(b, '2026-06-16', 14)).toBe(true);
    expect(isBlockerLightDue({ ...b, status: 'coordinating' }, '2026-06-16', 14)).toBe(true);
    expect(isBlockerLightDue({ ...b, status: 'pending_confirmation' }, '2026-06-16', 14)).toBe(false);
    expect(isBlockerLightDue({ ...b, status: 'resolved' }, '2026-06-16', 14)).toBe(false);
    expect(isBlockerLightDue({ ...b, status: 'closed' }, '2026-06-16', 14)).toBe(false);
    expect(
      oldestLightBlocker(
        [b, { status: 'open', raisedOn: '2026-05-20' }, { status: 'closed', raisedOn: '2026-01-01' }],
        '2026-06-16',
        14,
      ),
    ).toBe('2026-05-20');
    expect(oldestLightBlocker([b], '2026-06-15', 14)).toBeNull();
    expect(blockerAgeDays('2026-06-01', '2026-06-16')).toBe(15);
    expect(blockerAgeDays('2026-06-16', '2026-06-01')).toBe(0);
  });
});
