import { describe, expect, it } from 'vitest';
import { summarizeBlockers, type BlockerSummaryFacts } from './blocker-summary';

const b = (over: Partial<BlockerSummaryFacts>): BlockerSummaryFacts => ({
  title: '堵点',
  subjectName: '项目',
  ownerUnitName: '单位',
  level: 'unit',
  raisedOn: '2026-04-01',
  confirmedOn: null,
  closedOn: null,
  ...over,
});

describe('the blockers section', () => {
  it('counts opened, cleared (confirmed) and closed in the period, the average days to clear, the oldest open', () => {
    const s = summarizeBlockers(
      [
        b({ title: '旧的', raisedOn: '2026-03-01' }),
        b({ title: '本月解决', raisedOn: '2026-03-20', confirmedOn: '2026-04-10' }),
        b({ title: '当月提当月解', raisedOn: '2026-04-02', confirmedOn: '2026-04-05' }),
        b({ title: '关闭', raisedOn: '2026-04-03', closedOn: '2026-04-30' }),
        b({ title: '下月解决', raisedOn: '2026-04-04', confirmedOn: '2026-05-02', level: 'meeting' }),
        b({ title: '下月才提', raisedOn: '2026-05-01' }),
      ],
      '2026-04-01',
      '2026-04-30',
      2,
    );
    expect(s).toMatchObject({ opened: 3, cleared: 2, closed: 1, stillOpen: 2 });
    // (21 + 3) / 2.
    expect(s.avgDaysToClear).toBe(12);
    expect(s.oldestOpen.map((o) => [o.title, o.ageDays])).toEqual([
      ['旧的', 60],
      ['下月解决', 26],
    ]);
  });
  it('nothing cleared: no average', () => {
    expect(summarizeBlockers([], '2026-04-01', '2026-04-30')).toEqual({
      opened: 0,
      cleared: 0,
      avgDaysToClear: null,
      closed: 0,
      stillOpen: 0,
      oldestOpen: [],
    });
  });
});
