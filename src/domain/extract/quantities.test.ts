import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from './chinese-numerals.js';
import { findQuantities } from './quantities.js';

const first = (s: string) => findQuantities(s)[0];

describe('findQuantities', () => {
  it('reads a unit with a multiplier', () => {
    expect(first('城镇新增就业1.2万人')).toMatchObject({
      value: 1.2,
      unit: '万人',
      raw: '1.2万人',
      comparator: '=',
    });
    expect(first('启动80万平方米安置房建设')).toMatchObject({ value: 80, unit: '万平方米' });
  });

  it('reads 以上 as at least and 以内 as at most', () => {
    expect(first('引进项目50家以上')).toMatchObject({ value: 50, comparator: '>=', raw: '50家以上' });
    expect(first('失业率控制在5.5%以内')).toMatchObject({ value: 5.5, unit: '%', comparator: '<=' });
  });

  it('reads a range', () => {
    expect(first('培育2—3家上市企业')).toMatchObject({
      value: 2,
      valueMax: 3,
      unit: '家',
      comparator: 'range',
      raw: '2—3家',
    });
    expect(first('完成1-2个试点')).toMatchObject({ value: 1, valueMax: 2, comparator: 'range' });
  });

  it('reads an anonymised number as a placeholder with its unit', () => {
    expect(first('改造X个老旧小区')).toMatchObject({ value: null, placeholder: true, unit: '个' });
    expect(first('建成**万平方米')).toMatchObject({ placeholder: true, unit: '万平方米' });
  });

  it('does not read anonymised names as quantities', () => {
    expect(findQuantities('完成X湖、X路综合整治，XX区和__街道要配合')).toEqual([]);
  });

  it('ignores ordinals, years, periods and specifications', () => {
    expect(findQuantities('办好第五届艺术节和首届运动会')).toEqual([]);
    expect(findQuantities('2024年是推进年，用3年时间，11月中旬')).toEqual([]);
    expect(findQuantities('打造10分钟便民服务圈')).toEqual([]);
    expect(findQuantities('建设110千伏变电站2座').map((q) => q.raw)).toEqual(['2座']);
  });

  it('ignores names in quotes and Chinese digit runs', () => {
    expect(findQuantities('实施“三个一批”工程，开展“五五”普法，争创百强县，推进五五普法')).toEqual([]);
  });

  it('takes a Chinese numeral only as the object of a verb of making', () => {
    expect(first('新建两个社区服务中心')).toMatchObject({ value: 2, unit: '个', raw: '两个' });
    expect(findQuantities('一个目标一个目标分解，着重讲五个问题，一是加快建设')).toEqual([]);
  });

  it('flags approximate figures', () => {
    expect(first('完成拆迁70多万平方米')).toMatchObject({ value: 70, unit: '万平方米', isApproximate: true });
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['十二', 12],
    ['三百五十', 350],
    ['一千零五', 1005],
  ])('%s = %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });
});
