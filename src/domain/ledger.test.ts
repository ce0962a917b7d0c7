import { describe, expect, it } from 'vitest';
import {
  formatTargets,
  joinTaskText,
  parseLedgerDate,
  parseTargets,
  sourceFromLabel,
  splitNames,
  splitTaskText,
  type LedgerTarget,
} from './ledger';

describe('ledger cells', () => {
  const targets: LedgerTarget[] = [
    {
      indicator: '城镇新增就业',
      unit: '万人',
      comparator: '>=',
      targetValue: 1.2,
      targetValueMax: null,
      deadline: '2024-12-31',
    },
    {
      indicator: '培育上市企业',
      unit: '家',
      comparator: 'range',
      targetValue: 2,
      targetValueMax: 3,
      deadline: null,
    },
    {
      indicator: '改造老旧小区',
      unit: '个',
      comparator: '>=',
      targetValue: null,
      targetValueMax: null,
      deadline: null,
    },
    {
      indicator: '单位能耗下降',
      unit: '%',
      comparator: '<=',
      targetValue: 96.5,
      targetValueMax: null,
      deadline: '2025-12-31',
    },
    {
      indicator: '覆盖率',
      unit: '%',
      comparator: '=',
      targetValue: 100,
      targetValueMax: null,
      deadline: null,
    },
  ];

  it('writes targets one per line and reads them back exactly', () => {
    const cell = formatTargets(targets);
    expect(cell.split('\n')[0]).toBe('城镇新增就业：≥1.2万人（2024-12-31）');
    expect(cell.split('\n')[1]).toBe('培育上市企业：2—3家');
    expect(cell.split('\n')[2]).toBe('改造老旧小区：≥X个');
    expect(parseTargets(cell)).toEqual({ targets, badLines: [] });
  });

  it('reads what a clerk types, and names the lines it cannot read', () => {
    const { targets: parsed, badLines } = parseTargets('新建学校：3所；绿化面积: >= 80 万平方米\n随便写写');
    expect(parsed).toEqual([
      {
        indicator: '新建学校',
        unit: '所',
        comparator: '>=',
        targetValue: 3,
        targetValueMax: null,
        deadline: null,
      },
      {
        indicator: '绿化面积',
        unit: '万平方米',
        comparator: '>=',
        targetValue: 80,
        targetValueMax: null,
        deadline: null,
      },
    ]);
    expect(badLines).toEqual([3]);
  });

  it('keeps title and content through the 任务内容 cell', () => {
    expect(splitTaskText(joinTaskText('抓好稳就业', '抓好稳就业，城镇新增就业1.2万人。'))).toEqual({
      title: '抓好稳就业',
      content: '抓好稳就业，城镇新增就业1.2万人。',
    });
    expect(splitTaskText(joinTaskText('只有标题', null))).toEqual({ title: '只有标题', content: null });
  });

  it('reads dates in the usual forms and refuses impossible ones', () => {
    expect(parseLedgerDate('2024-07-15')).toBe('2024-07-15');
    expect(parseLedgerDate('2024/7/5')).toBe('2024-07-05');
    expect(parseLedgerDate('2024年7月5日')).toBe('2024-07-05');
    expect(parseLedgerDate('2024-02-30')).toBeNull();
    expect(parseLedgerDate('明年')).toBeNull();
  });

  it('maps source labels and splits name lists', () => {
    expect(sourceFromLabel('区委区政府追加')).toBe('added');
    expect(sourceFromLabel('别的')).toBeNull();
    expect(splitNames('区财政局、区发改委，区教育局')).toEqual(['区财政局', '区发改委', '区教育局']);
  });
});
