import { describe, expect, it } from 'vitest';
import type { TRectificationFact } from '../facts';
import { buildReport } from '../test-builders';
import { classifyRectification, scoreRectification } from './rectification';
import { classifyReport, scoreReportTimeliness } from './report-timeliness';

const noTasks = new Map();
const rect = (id: string, deadline: string, verifiedAt: string | null, unitId = 'U'): TRectificationFact => ({
  id,
  unitId,
  title: `整改${id}`,
  deadline,
  verifiedAt,
});

describe('report_timeliness', () => {
  it('classifies a report as of the end of asOf: the deadline day itself is on time', () => {
    expect(classifyReport(buildReport('r', 'U', '2024-03-05', '2024-03-05'), '2024-12-31')).toBe('on_time');
    expect(classifyReport(buildReport('r', 'U', '2024-03-05', '2024-03-06'), '2024-12-31')).toBe('late');
    expect(classifyReport(buildReport('r', 'U', '2024-03-05', null), '2024-03-05')).toBe('missing');
    expect(classifyReport(buildReport('r', 'U', '2024-03-05', null), '2024-03-04')).toBe('not_due');
    // Submitted after asOf: as of asOf it was not there.
    expect(classifyReport(buildReport('r', 'U', '2024-03-05', '2024-03-10'), '2024-03-08')).toBe('missing');
  });
  it('is the share of due reports submitted by their deadline; late and missing ones count zero', () => {
    const reports = [
      buildReport('1', 'U', '2024-01-05', '2024-01-05'),
      buildReport('2', 'U', '2024-02-05', '2024-02-07'),
      buildReport('3', 'U', '2024-03-05', null),
      buildReport('4', 'U', '2024-04-05', '2024-04-01'),
      buildReport('5', 'U', '2024-05-05', null), // not due as of April 30: not counted
      buildReport('6', 'OTHER', '2024-01-05', null),
    ];
    const scored = scoreReportTimeliness('U', reports, noTasks, '2024-04-30');
    expect(scored.raw).toBe(50);
    expect(scored.evidence.map((e) => [e.id, e.reason, e.value])).toEqual([
      ['1', 'on_time', 100],
      ['2', 'late', 0],
      ['3', 'missing', 0],
      ['4', 'on_time', 100],
    ]);
  });
  it('counts a report submitted before its deadline even while the deadline is still ahead', () => {
    expect(
      scoreReportTimeliness('U', [buildReport('1', 'U', '2024-06-05', '2024-05-30')], noTasks, '2024-05-31')
        .raw,
    ).toBe(100);
    expect(
      scoreReportTimeliness('U', [buildReport('1', 'U', '2024-06-05', null)], noTasks, '2024-05-31').raw,
    ).toBeNull();
  });
});

describe('rectification', () => {
  it('is the share verified by their deadline; overdue and late ones count zero', () => {
    const items = [
      rect('a', '2024-03-31', '2024-03-31'),
      rect('b', '2024-03-31', '2024-04-02'),
      rect('c', '2024-03-31', null),
      rect('d', '2024-12-31', null), // still in time: not counted
      rect('e', '2024-12-31', '2024-05-01'), // closed early: counted
      rect('f', '2024-03-31', null, 'OTHER'),
    ];
    expect(classifyRectification(items[2] as TRectificationFact, '2024-06-30')).toBe('overdue');
    const scored = scoreRectification('U', items, '2024-06-30');
    expect(scored.raw).toBe(50);
    expect(scored.evidence.map((e) => [e.id, e.reason])).toEqual([
      ['a', 'on_time'],
      ['b', 'late'],
      ['c', 'overdue'],
      ['e', 'on_time'],
    ]);
  });
  it('gives null when the unit has nothing to rectify (the scheme decides what that is worth)', () => {
    expect(scoreRectification('U', [rect('d', '2024-12-31', null)], '2024-06-30').raw).toBeNull();
  });
});
