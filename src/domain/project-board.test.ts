import { describe, expect, it } from 'vitest';
import {
  axisPosition,
  boardPages,
  boardRow,
  buildBoard,
  defaultBoardFields,
  publicProject,
  type BoardProjectFacts,
} from './project-board';

const facts: BoardProjectFacts = {
  code: '2026-XM-001',
  name: '智能装备产业园',
  type: '工业',
  source: 'investment_signed',
  stage: 'construction',
  street: '高新街道',
  leaders: ['王建国'],
  address: '科创大道18号',
  ownerEnterprise: '示范智能装备有限公司',
  plannedStart: '2026-01-01',
  plannedEnd: '2027-06-30',
  totalInvestment: '86000.00',
  annualPlan: '24000.00',
  completedThisYear: '20000.50',
  progressPct: 83,
  light: 'yellow',
  nodes: [
    {
      name: '施工许可',
      kind: 'procedure',
      plannedStart: '2026-02-01',
      plannedEnd: '2026-03-31',
      baselineStart: '2026-02-01',
      baselineEnd: '2026-03-15',
      actualStart: '2026-02-03',
      actualEnd: '2026-04-02',
      late: false,
    },
    {
      name: '主体施工',
      kind: 'construction',
      plannedStart: '2026-04-01',
      plannedEnd: '2026-10-31',
      baselineStart: '2026-04-01',
      baselineEnd: '2026-09-30',
      actualStart: '2026-04-05',
      actualEnd: null,
      late: true,
    },
  ],
};

describe('the public board', () => {
  it('cuts a project to the chosen fields, keyed by its code', () => {
    expect(publicProject(facts, ['name', 'light'])).toEqual({
      key: '2026-XM-001',
      name: '智能装备产业园',
      light: 'yellow',
    });
    const all = publicProject(facts, defaultBoardFields);
    expect(Object.keys(all)).not.toContain('leaders');
    expect(all.nodes?.[1]).toEqual(facts.nodes[1]);
  });

  it('draws the baseline, the plan and the actual span (to today while a node is open), and names late nodes', () => {
    const row = boardRow(facts, 1, defaultBoardFields, '2026-12-05');
    expect(row.baseline).toEqual({ start: '2026-02-01', end: '2026-09-30' });
    expect(row.plan).toEqual({ start: '2026-01-01', end: '2027-06-30' });
    expect(row.actual).toEqual({ start: '2026-02-03', end: '2026-12-05' });
    expect(row.lateNodes).toEqual(['主体施工']);
    expect(row.cells).toMatchObject({ stage: '在建', progressPct: '83%', light: '预警' });
  });

  it('shows no bars from fields that are not public', () => {
    const row = boardRow(facts, 1, ['name'], '2026-12-05');
    expect([row.baseline, row.plan, row.actual, row.light]).toEqual([null, null, null, null]);
    expect(row.nodes).toEqual([]);
    expect(
      buildBoard({ district: '示范区', asOf: '2026-12-05', fields: ['name'], projects: [facts] }).hasTimeline,
    ).toBe(false);
  });

  it('titles and dates the board, with a legend of what it shows and the lights counted', () => {
    const board = buildBoard({
      district: '示范区',
      asOf: '2026-12-05',
      fields: defaultBoardFields,
      projects: [facts],
    });
    expect(board.title).toBe('示范区2026年重点项目推进甘特图');
    expect(board.dateLabel).toBe('截至2026年12月5日');
    expect(board.months).toHaveLength(12);
    expect(board.months[1]).toEqual({ label: '2月', start: '2026-02-01', end: '2026-02-28' });
    expect(board.legend.map((l) => l.key)).toEqual([
      'baseline',
      'plan',
      'actual',
      'late',
      'today',
      'green',
      'yellow',
      'red',
    ]);
    expect(board.counts).toEqual({ red: 0, yellow: 1, green: 0 });
  });

  it('cuts a long board into evenly filled sheets, numbering rows and counting projects across them', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ ...facts, code: `C${i}` }));
    const board = buildBoard({
      district: '示范区',
      asOf: '2026-12-05',
      fields: defaultBoardFields,
      projects: many,
    });
    const pages = boardPages(board, 23);
    expect(pages.map((p) => p.rows.length)).toEqual([17, 17, 16]);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3].map((number) => ({ number, count: 3 })));
    expect(pages[2]?.rows[0]?.index).toBe(35);
    expect(pages[2]?.total).toBe(50);
    expect(boardPages(board, 100)).toHaveLength(1);
  });

  it('places dates on the year: a day has a width, outside is clamped', () => {
    const year = { start: '2026-01-01', end: '2026-12-31' };
    expect(axisPosition('2026-01-01', year)).toBe(0);
    expect(axisPosition('2026-12-31', year, 'end')).toBe(1);
    expect(axisPosition('2026-01-01', year, 'end')).toBeCloseTo(1 / 365);
    expect(axisPosition('2025-06-01', year)).toBe(0);
    expect(axisPosition('2027-06-01', year)).toBe(1);
  });
});
